package org.newsgraph.sparql.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.newsgraph.sparql.http.GraphBodies;
import org.newsgraph.sparql.http.ResultFormat;

/**
 * A query's result written in a format: the rows or triples of a running query, cut at a cap,
 * or a page cut from kept ordered rows.
 * <pre>
 *   OptionalLong cutAt = ResultBodies.write(query, format, exec, OptionalLong.of(10_000), out);
 *   byte[] page = ResultBodies.page(rows, pagedQuery, format);
 * </pre>
 */
final class ResultBodies {
    private ResultBodies() {}

    /** Writes the result to {@code out}; returns the cap, when it cut the result. */
    static OptionalLong write(Query query, ResultFormat format, QueryExec exec, OptionalLong cap, OutputStream out)
            throws IOException {
        boolean truncated = false;
        switch (query.queryType()) {
            case SELECT -> {
                // Closed here too, for a query stopped part-way: the writer closes only what it finished.
                RowSet rows = exec.select();
                try {
                    // A stream's iterator, not Iter.limit: the writer closes what it writes, and
                    // closing Iter.limit's iterator would close the rows before the look past the cap.
                    RowSet shown = cap.isEmpty() ? rows
                            : RowSetStream.create(rows.getResultVars(), Iter.asStream(rows).limit(cap.getAsLong()).iterator());
                    ResultsWriter.create().lang(format.lang()).write(out, shown);
                    truncated = cap.isPresent() && rows.hasNext();
                } finally {
                    rows.close();
                }
            }
            case ASK -> ResultsWriter.create().lang(format.lang()).write(out, exec.ask());
            // Only a dataset syntax can hold the GRAPH templates of a CONSTRUCT.
            case CONSTRUCT -> {
                if (format.isDataset()) {
                    DatasetGraph quads = DatasetGraphFactory.create();
                    truncated = collect(exec.constructQuads(), cap, quads::contains, quads::add);
                    RDFWriter.source(quads).lang(format.lang()).output(out);
                } else {
                    Graph triples = GraphFactory.createDefaultGraph();
                    truncated = collect(exec.constructTriples(), cap, triples::contains, triples::add);
                    out.write(GraphBodies.write(triples, null, format));
                }
            }
            case DESCRIBE -> {
                Graph triples = GraphFactory.createDefaultGraph();
                truncated = collect(exec.describeTriples(), cap, triples::contains, triples::add);
                out.write(GraphBodies.write(triples, null, format));
            }
            default -> { } // ResultFormat.offersFor has refused the other query forms
        }
        return truncated ? cap : OptionalLong.empty();
    }

    /**
     * Adds the distinct {@code items} (those {@code held} does not hold yet) up to {@code cap};
     * whether the cap left out one. The graph is whole in memory anyway: Turtle and RDF/XML
     * group it by subject, and a graph's triples are distinct.
     */
    private static <T> boolean collect(Iterator<T> items, OptionalLong cap, Predicate<T> held, Consumer<T> add) {
        long added = 0;
        while (items.hasNext()) {
            T item = items.next();
            if (held.test(item)) {
                continue;
            }
            if (cap.isPresent() && added == cap.getAsLong()) {
                return true;
            }
            add.accept(item);
            added++;
        }
        return false;
    }


    /** A page cut from kept rows, in {@code format}. */
    static byte[] page(OrderedRows rows, PagedQuery page, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(format.lang()).write(out, rows.page(page.offset(), page.limit()));
        return out.toByteArray();
    }
}
