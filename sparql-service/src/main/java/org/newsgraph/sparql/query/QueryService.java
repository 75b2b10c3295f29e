package org.newsgraph.sparql.query;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.update.UpdateFactory;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.metrics.QueryMetrics;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.http.ErrorResponses;
import org.newsgraph.sparql.http.NestingDepth;
import org.newsgraph.sparql.http.QueryLog;
import org.newsgraph.sparql.http.QueryRequest;
import org.newsgraph.sparql.http.ResultFormat;
import org.newsgraph.sparql.http.SparqlProtocol;
import org.newsgraph.sparql.http.WriteAccess;
import org.newsgraph.sparql.refusal.TimedOut;
import org.newsgraph.sparql.refusal.MalformedRequest;
import org.newsgraph.sparql.refusal.TooLarge;
import org.newsgraph.sparql.refusal.Cancelled;

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
 * Errors are thrown, for {@link ErrorResponses} to turn into responses: a
 * {@link QueryParseException} for a malformed query, a {@link org.newsgraph.sparql.refusal.Refusal}
 * for an update, an unacceptable format, a query longer than newsgraph.max-query-length or one
 * that timed out ({@link TimedOut}). The timeout is the configured one, or
 * the request's own when that is shorter: a client may ask to give up sooner, never later. Each answered or
 * timed-out query is counted in {@link QueryMetrics}.
 * Relative IRIs in a query resolve against the store's base.
 * <p>
 * A query runs on a thread of {@link QueryPool} and writes into a {@link ResultPipe}: a result
 * that ends within newsgraph.result-buffer is answered whole, and a query that fails before
 * then is answered with its error status; a longer result is streamed as it is written, and a
 * failure after that cuts the response off (see {@link QueryResource}).
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
        Question question = question(request, accept, authorization);
        Optional<Answer> kept = fresh ? Optional.empty() : kept(question);
        if (kept.isPresent()) {
            metrics.answered(question.form(), Duration.ofNanos(System.nanoTime() - start));
            return kept.get();
        }
        return run(question, address, start);
    }

    /**
     * A query as it is to be answered: parsed, its format chosen, its time limit and cap set, and
     * the keys its answer and its ordered rows are cached under.
     *
     * @param page    the page, when the query is a page within the cap: pages of one ordered result share one evaluation
     * @param rowsKey the key of that page's ordered rows, when they are to be kept
     */
    private record Question(QueryRequest request, Query query, String form, ResultFormat format, Duration limit,
                            boolean anonymous, OptionalLong cap, Optional<ResultCache.Key> key,
                            Optional<PagedQuery> page, Optional<ResultCache.RowsKey> rowsKey) {}

    /** @throws TooLarge for a query longer than newsgraph.max-query-length; MalformedRequest, NoAcceptableFormat from parsing and negotiation */
    private Question question(QueryRequest request, String accept, String authorization) {
        if (request.query().length() > config.maxQueryLength()) {
            throw new TooLarge("The query is " + request.query().length()
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
        Optional<PagedQuery> page = cap.isEmpty() ? PagedQuery.of(query) : Optional.empty();
        Optional<ResultCache.RowsKey> rowsKey = page.flatMap(p -> cache.rowsKey(request, p));
        return new Question(request, query, form, format, limit, anonymous, cap, key, page, rowsKey);
    }

    /** The answer kept for the question, or its page cut from kept rows (then kept as an answer too). */
    private Optional<Answer> kept(Question question) {
        Optional<Answer> kept = question.key().flatMap(cache::get);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<OrderedRows> keptRows = question.rowsKey().flatMap(k -> cache.rows(k, question.page().orElseThrow()));
        return keptRows.map(rows -> {
            Answer whole = new Answer(question.format().contentType(),
                    ResultBodies.page(rows, question.page().orElseThrow(), question.format()));
            question.key().ifPresent(k -> cache.put(k, whole));
            return whole.asKept();
        });
    }

    /**
     * Runs the question on a thread of the pool (the client's share when anonymous), under the
     * request's log context, writing into a {@link ResultPipe}: whole when the result ends
     * within newsgraph.result-buffer (then cached), else streamed.
     */
    private QueryAnswer run(Question question, String address, long start) {
        ResultWriter writer = writer(question);
        Query toRun = question.rowsKey().isPresent() ? PagedQuery.window(question.query()) : question.query();
        String id = queryId();
        String form = question.form();
        ResultPipe pipe = new ResultPipe(config.resultBuffer().asLongValue(), () -> running.cancel(id));
        pool.start(question.anonymous() ? Optional.of(address) : Optional.empty(), () -> {
            MDC.put(QueryLog.ID, id);
            MDC.put(QueryLog.FORM, form);
            try {
                OptionalLong truncatedAt = run(question.request(), toRun, writer, question.limit(), id, pipe.output());
                metrics.answered(form, Duration.ofNanos(System.nanoTime() - start));
                return () -> finish(pipe, truncatedAt);
            } catch (QueryCancelledException e) {
                metrics.timedOut(form);
                return () -> pipe.fail(new TimedOut("query", question.limit(), "narrow it down or add a LIMIT", e));
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
        String contentType = question.format().contentType();
        return pipe.awaitStart().<QueryAnswer>map(held -> {
                    Answer whole = new Answer(contentType, held.body(), held.truncatedAt());
                    question.key().ifPresent(k -> cache.put(k, whole));
                    return whole;
                })
                .orElseGet(() -> new StreamedAnswer(contentType, pipe, question.cap().isPresent()));
    }

    /** What writes the question's result: a page of ordered rows that are kept, or the result itself. */
    private ResultWriter writer(Question question) {
        if (question.rowsKey().isEmpty()) {
            return (exec, out) -> ResultBodies.write(question.query(), question.format(), exec, question.cap(), out);
        }
        return (exec, out) -> {
            OrderedRows rows = OrderedRows.read(exec.select());
            cache.put(question.rowsKey().get(), rows);
            out.write(ResultBodies.page(rows, question.page().orElseThrow(), question.format()));
            return OptionalLong.empty();
        };
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
                    throw new Cancelled("The query was cancelled by an administrator; nothing was returned");
                }
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The id the request's log lines carry, or a new one when there is no request around. */
    private static String queryId() {
        Object id = MDC.get(QueryLog.ID);
        return id != null ? id.toString() : HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private Query parse(String text) {
        try {
            return QueryFactory.create(text, config.base(), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new MalformedRequest(
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
