package org.newsgraph.sparql.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The first rows of an ordered result, kept for its pages ({@link PagedQuery}).
 * <pre>
 *   OrderedRows rows = OrderedRows.read(exec.select());
 *   if (rows.covers(20, 10)) ResultsWriter.create().lang(lang).write(out, rows.page(20, 10));
 * </pre>
 *
 * @param vars  the result's variables
 * @param rows  its first rows, at most {@link PagedQuery#WINDOW}
 * @param whole whether they are all its rows
 */
record OrderedRows(List<Var> vars, List<Binding> rows, boolean whole) {
    /** Per value and per row: the references and object headers around a value's text. */
    private static final int OVERHEAD = 48;

    OrderedRows {
        vars = List.copyOf(vars);
        rows = List.copyOf(rows);
    }

    /** The rows of a query's window ({@link PagedQuery#window}), which reads one row past it; closes {@code result}. */
    static OrderedRows read(RowSet result) {
        try {
            List<Binding> rows = new ArrayList<>();
            while (result.hasNext() && rows.size() <= PagedQuery.WINDOW) {
                rows.add(result.next());
            }
            boolean whole = rows.size() <= PagedQuery.WINDOW;
            return new OrderedRows(result.getResultVars(), whole ? rows : rows.subList(0, PagedQuery.WINDOW), whole);
        } finally {
            result.close();
        }
    }

    /** Whether these rows hold the page of {@code limit} rows after {@code offset}. */
    boolean covers(long offset, long limit) {
        return whole || offset + limit <= rows.size();
    }

    /** The page of {@code limit} rows after {@code offset}, of those {@link #covers} it. */
    RowSet page(long offset, long limit) {
        int from = (int) Math.min(offset, rows.size());
        int to = (int) Math.min(offset + limit, rows.size());
        return RowSetStream.create(vars, rows.subList(from, to).iterator());
    }

    /** About the memory these rows take, in bytes: chars of each value's text, and overhead. */
    int weight() {
        long bytes = 0;
        for (Binding row : rows) {
            for (var it = row.vars(); it.hasNext(); ) {
                bytes += OVERHEAD + 2L * text(row.get(it.next()));
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private static int text(Node value) {
        if (value.isURI()) {
            return value.getURI().length();
        }
        return value.isLiteral() ? value.getLiteralLexicalForm().length() : 16;
    }
}
