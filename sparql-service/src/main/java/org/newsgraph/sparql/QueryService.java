package org.newsgraph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.update.UpdateFactory;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.metrics.QueryMetrics;

/**
 * Answers SPARQL queries over the store: parses the query, picks the result format, runs the
 * query under the configured timeout in one read transaction, and writes the result.
 * <pre>
 *   QueryAnswer answer = queries.answer(new QueryRequest("SELECT * { ?s ?p ?o } LIMIT 5", List.of(), List.of(), Optional.empty(), Optional.empty()), "text/csv", null, "203.0.113.7");
 *   answer.contentType();   // text/csv; charset=utf-8
 * </pre>
 * The dataset is the union of all post graphs as the default graph, with every post graph
 * named; a request's {@code default-graph-uri} and {@code named-graph-uri} replace it (and any
 * FROM in the query, as the protocol says) with a dataset built over the named graphs.
 * Errors are thrown, for {@link SparqlExceptionMapper} to turn into responses: a
 * {@link QueryParseException} for a malformed query, a {@link ProtocolException} for an update
 * or an unacceptable format or a query longer than newsgraph.max-query-length, a
 * {@link TimedOut} on timeout. The timeout is the configured one, or
 * the request's own when that is shorter: a client may ask to give up sooner, never later. Each answered or
 * timed-out query is counted in {@link QueryMetrics}.
 * Relative IRIs in a query resolve against the store's base.
 * <p>
 * A query runs on a thread of {@link QueryPool} and writes into a {@link ResultPipe}: a result
 * that ends within newsgraph.result-buffer is answered whole, and a query that fails before
 * then is answered with its error status; a longer result is streamed as it is written, and a
 * failure after that cuts the response off (see {@link SparqlResource}).
 */
@ApplicationScoped
class QueryService {
    private static final Logger LOG = Logger.getLogger(QueryService.class);

    private final Store store;
    private final ServiceConfig config;
    private final QueryMetrics metrics;
    private final WriteAccess writes;
    private final RunningQueries running;
    private final QueryPool pool;
    private final ResultCache cache;

    QueryService(Store store, ServiceConfig config, QueryMetrics metrics, WriteAccess writes, RunningQueries running,
                 QueryPool pool, ResultCache cache) {
        this.store = store;
        this.config = config;
        this.metrics = metrics;
        this.writes = writes;
        this.running = running;
        this.pool = pool;
        this.cache = cache;
    }

    /**
     * The result of a query in the format its {@code format} parameter or {@code accept} asks
     * for: whole when it ends within newsgraph.result-buffer, else streamed. Without the write
     * credential in {@code authorization} (the Authorization header, or null), a SELECT's rows or a
     * CONSTRUCT's or DESCRIBE's triples are capped at newsgraph.anonymous-row-limit, and the query
     * counts against the limit of the client at {@code address}. An answer sent whole is kept in
     * the {@link ResultCache} and given again until the store changes, unless {@code fresh}.
     */
    QueryAnswer answer(QueryRequest request, String accept, String authorization, String address, boolean fresh) {
        long start = System.nanoTime();
        if (request.query().length() > config.maxQueryLength()) {
            throw new ProtocolException(Status.REQUEST_ENTITY_TOO_LARGE, "The query is " + request.query().length()
                    + " characters long; this service takes queries of up to " + config.maxQueryLength() + " characters");
        }
        LOG.debugf("query: %s", request.query());
        NestingDepth.check(request.query(), "query");
        Query query = parse(request.query());
        String form = query.queryType().name();
        MDC.put(QueryLog.FORM, form);
        ResultFormat format = ResultFormat.choose(ResultFormat.offersFor(query), accept, request.format());
        Duration limit = request.timeout().filter(t -> t.compareTo(config.queryTimeout()) < 0).orElse(config.queryTimeout());
        boolean anonymous = !writes.grants(authorization);
        OptionalLong cap = anonymous ? rowCap(query) : OptionalLong.empty();
        Optional<ResultCache.Key> key = cache.key(request, format.contentType(), cap.isPresent());
        Optional<Answer> kept = fresh ? Optional.empty() : key.flatMap(cache::get);
        if (kept.isPresent()) {
            metrics.answered(form, Duration.ofNanos(System.nanoTime() - start));
            return kept.get();
        }
        // A page within the cap: pages of one ordered result share one evaluation.
        Optional<PagedQuery> page = cap.isEmpty() ? PagedQuery.of(query) : Optional.empty();
        Optional<ResultCache.RowsKey> rowsKey = page.flatMap(p -> cache.rowsKey(request, p));
        Optional<OrderedRows> keptRows = fresh ? Optional.empty() : rowsKey.flatMap(k -> cache.rows(k, page.get()));
        if (keptRows.isPresent()) {
            Answer whole = new Answer(format.contentType(), page(keptRows.get(), page.get(), format));
            key.ifPresent(k -> cache.put(k, whole));
            metrics.answered(form, Duration.ofNanos(System.nanoTime() - start));
            return whole.asKept();
        }
        Query toRun = rowsKey.isPresent() ? PagedQuery.window(query) : query;
        ResultWriter writer = rowsKey.isPresent()
                ? (exec, out) -> {
                    OrderedRows rows = OrderedRows.read(exec.select());
                    cache.put(rowsKey.get(), rows);
                    out.write(page(rows, page.get(), format));
                    return OptionalLong.empty();
                }
                : (exec, out) -> write(query, format, exec, cap, out);
        String id = queryId();
        ResultPipe pipe = new ResultPipe(config.resultBuffer().asLongValue(), () -> running.cancel(id));
        pool.start(anonymous ? Optional.of(address) : Optional.empty(), () -> {
            MDC.put(QueryLog.ID, id);
            MDC.put(QueryLog.FORM, form);
            try {
                OptionalLong truncatedAt = run(request, toRun, writer, limit, id, pipe.output());
                metrics.answered(form, Duration.ofNanos(System.nanoTime() - start));
                return () -> finish(pipe, truncatedAt);
            } catch (QueryCancelledException e) {
                metrics.timedOut(form);
                return () -> pipe.fail(new TimedOut("query", limit, "narrow it down or add a LIMIT", e));
            } catch (RuntimeException e) {
                return () -> pipe.fail(e);
            } catch (Error e) {
                pipe.fail(new IllegalStateException(e));
                throw e;
            } finally {
                MDC.remove(QueryLog.ID);
                MDC.remove(QueryLog.FORM);
            }
        });
        return pipe.awaitStart().<QueryAnswer>map(held -> {
                    Answer whole = new Answer(format.contentType(), held.body(), held.truncatedAt());
                    key.ifPresent(k -> cache.put(k, whole));
                    return whole;
                })
                .orElseGet(() -> new StreamedAnswer(format.contentType(), pipe, cap.isPresent()));
    }

    private static void finish(ResultPipe pipe, OptionalLong truncatedAt) {
        try {
            pipe.finish(truncatedAt);
        } catch (IOException e) {
            pipe.fail(new UncheckedIOException(e));
        }
    }

    /**
     * The cap on the result of an anonymous query: on a SELECT's rows, unless its own LIMIT stays
     * within it, and on a CONSTRUCT's or DESCRIBE's triples. A SELECT's LIMIT becomes the cap
     * plus one, so that the engine stops one row past the cap (never reading the whole result)
     * and that one row tells whether the cap cut anything.
     */
    private OptionalLong rowCap(Query query) {
        long cap = config.anonymousRowLimit();
        if (query.isAskType() || query.isSelectType() && query.hasLimit() && query.getLimit() <= cap) {
            return OptionalLong.empty();
        }
        if (query.isSelectType()) {
            query.setLimit(cap + 1);
        }
        return OptionalLong.of(cap);
    }

    /** Writes the result of a running query; how far a cap cut it. */
    @FunctionalInterface
    private interface ResultWriter {
        OptionalLong write(QueryExec exec, OutputStream out) throws IOException;
    }

    private OptionalLong run(QueryRequest request, Query query, ResultWriter writer, Duration limit, String id,
                             OutputStream out) {
        Function<DatasetGraph, OptionalLong> run = dataset -> execute(query, dataset, writer, limit, id, out);
        if (request.describesDataset()) {
            // The protocol's graphs replace the query's FROM and FROM NAMED; the store builds the
            // dataset as for FROM, keeping text searches to its graphs.
            List<String> defaultGraphs = SparqlProtocol.graphIris(SparqlProtocol.DEFAULT_GRAPH, request.defaultGraphs(), config.base());
            List<String> namedGraphs = SparqlProtocol.graphIris(SparqlProtocol.NAMED_GRAPH, request.namedGraphs(), config.base());
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            defaultGraphs.forEach(query::addGraphURI);
            namedGraphs.forEach(query::addNamedGraphURI);
        }
        return store.read(run);
    }

    private OptionalLong execute(Query query, DatasetGraph dataset, ResultWriter writer, Duration limit, String id,
                                 OutputStream out) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                .timeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                // SERVICE would let any client make this server call any address.
                .set(ARQ.httpServiceAllowed, false)
                .build();
             RunningQueries.Entry entry = running.start(id, query.queryType().name(), query.toString(), exec, limit)) {
            try {
                return writer.write(exec, out);
            } catch (QueryCancelledException e) {
                if (entry.cancelled()) {
                    throw new ProtocolException(Status.SERVICE_UNAVAILABLE,
                            "The query was cancelled by an administrator; nothing was returned");
                }
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A page cut from kept rows, in {@code format}. */
    private static byte[] page(OrderedRows rows, PagedQuery page, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(format.lang()).write(out, rows.page(page.offset(), page.limit()));
        return out.toByteArray();
    }

    /** The id the request's log lines carry, or a new one when there is no request around. */
    private static String queryId() {
        Object id = MDC.get(QueryLog.ID);
        return id != null ? id.toString() : HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** Writes the result to {@code out}; returns the cap, when it cut the result. */
    private OptionalLong write(Query query, ResultFormat format, QueryExec exec, OptionalLong cap, OutputStream out)
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

    private Query parse(String text) {
        try {
            return QueryFactory.create(text, config.base(), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new ProtocolException(Status.BAD_REQUEST,
                        "This is an update: send it to /update; /sparql answers queries");
            }
            throw e;
        }
    }

    private boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text, config.base());
            return true;
        } catch (QueryParseException e) {
            return false;
        }
    }
}
