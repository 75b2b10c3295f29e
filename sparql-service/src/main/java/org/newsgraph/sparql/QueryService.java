package org.newsgraph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
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
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
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
 *   Answer answer = queries.answer(new QueryRequest("SELECT * { ?s ?p ?o } LIMIT 5", List.of(), List.of(), Optional.empty(), Optional.empty()), "text/csv", null);
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
 * Relative IRIs in a query resolve against the store's base. The result is written whole into
 * memory before it is sent, so that a query that fails half-way sends an error, not half a result.
 */
@ApplicationScoped
class QueryService {
    /** Jena's names for the default and union graphs, which reach the stored default graph on the fast path. */
    private static final String JENA_GRAPH_NAMES = "urn:x-arq:";

    private static final Logger LOG = Logger.getLogger(QueryService.class);

    private final Store store;
    private final ServiceConfig config;
    private final QueryMetrics metrics;
    private final WriteAccess writes;
    private final RunningQueries running;

    QueryService(Store store, ServiceConfig config, QueryMetrics metrics, WriteAccess writes, RunningQueries running) {
        this.store = store;
        this.config = config;
        this.metrics = metrics;
        this.writes = writes;
        this.running = running;
    }

    /**
     * The result of a query in the format its {@code format} parameter or {@code accept} asks
     * for; a SELECT's rows capped at newsgraph.anonymous-row-limit unless {@code authorization}
     * (the Authorization header, or null) carries the write credential.
     */
    Answer answer(QueryRequest request, String accept, String authorization) {
        long start = System.nanoTime();
        if (request.query().length() > config.maxQueryLength()) {
            throw new ProtocolException(Status.REQUEST_ENTITY_TOO_LARGE, "The query is " + request.query().length()
                    + " characters long; this service takes queries of up to " + config.maxQueryLength() + " characters");
        }
        LOG.debugf("query: %s", request.query());
        Query query = parse(request.query());
        MDC.put(QueryLog.FORM, query.queryType().name());
        ResultFormat format = ResultFormat.choose(ResultFormat.offersFor(query), accept, request.format());
        Duration limit = request.timeout().filter(t -> t.compareTo(config.queryTimeout()) < 0).orElse(config.queryTimeout());
        OptionalLong cap = rowCap(query, authorization);
        try {
            Answer answer = run(request, query, format, limit, cap);
            metrics.answered(query.queryType().name(), Duration.ofNanos(System.nanoTime() - start));
            return answer;
        } catch (QueryCancelledException e) {
            metrics.timedOut(query.queryType().name());
            throw new TimedOut("query", limit, "narrow it down or add a LIMIT", e);
        }
    }

    /**
     * The row cap of an anonymous SELECT whose own LIMIT does not stay within it. The query's
     * LIMIT becomes the cap plus one, so that the engine stops one row past the cap (never
     * reading the whole result) and that one row tells whether the cap cut anything.
     */
    private OptionalLong rowCap(Query query, String authorization) {
        long cap = config.anonymousRowLimit();
        boolean withinCap = query.hasLimit() && query.getLimit() <= cap;
        if (!query.isSelectType() || withinCap || writes.grants(authorization)) {
            return OptionalLong.empty();
        }
        query.setLimit(cap + 1);
        return OptionalLong.of(cap);
    }

    private Answer run(QueryRequest request, Query query, ResultFormat format, Duration limit, OptionalLong cap) {
        Function<DatasetGraph, Answer> run = dataset -> execute(query, format, dataset, limit, cap);
        Answer body;
        if (request.describesDataset()) {
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            body = store.readNamedGraphs(view -> run.apply(
                    DynamicDatasets.dynamicDataset(nodes(request.defaultGraphs()), nodes(request.namedGraphs()), view, false)));
        } else if (query.toString().contains(JENA_GRAPH_NAMES)) {
            // GRAPH <urn:x-arq:DefaultGraph> or FROM it would read the store's bookkeeping through
            // TDB2's engine; the view of the named graphs reads the union there instead.
            body = store.readNamedGraphs(run);
        } else {
            body = store.read(run);
        }
        return body;
    }

    private Answer execute(Query query, ResultFormat format, DatasetGraph dataset, Duration limit, OptionalLong cap) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                .timeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                // SERVICE would let any client make this server call any address.
                .set(ARQ.httpServiceAllowed, false)
                .build();
             RunningQueries.Entry entry = running.start(queryId(), query.queryType().name(), query.toString(), exec, limit)) {
            try {
                return write(query, format, exec, cap);
            } catch (QueryCancelledException e) {
                if (entry.cancelled()) {
                    throw new ProtocolException(Status.SERVICE_UNAVAILABLE,
                            "The query was cancelled by an administrator; nothing was returned");
                }
                throw e;
            }
        }
    }

    /** The id the request's log lines carry, or a new one when there is no request around. */
    private static String queryId() {
        Object id = MDC.get(QueryLog.ID);
        return id != null ? id.toString() : HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private Answer write(Query query, ResultFormat format, QueryExec exec, OptionalLong cap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OptionalLong truncatedAt = OptionalLong.empty();
        switch (query.queryType()) {
            case SELECT -> {
                RowSet rows = exec.select();
                // A stream's iterator, not Iter.limit: the writer closes what it writes, and
                // closing Iter.limit's iterator would close the rows before the look past the cap.
                RowSet shown = cap.isEmpty() ? rows
                        : RowSetStream.create(rows.getResultVars(), Iter.asStream(rows).limit(cap.getAsLong()).iterator());
                ResultsWriter.create().lang(format.lang()).write(out, shown);
                if (cap.isPresent() && rows.hasNext()) {
                    truncatedAt = cap;
                }
            }
            case ASK -> ResultsWriter.create().lang(format.lang()).write(out, exec.ask());
            // Only a dataset syntax can hold the GRAPH templates of a CONSTRUCT.
            case CONSTRUCT -> {
                if (format.isDataset()) {
                    RDFWriter.source(exec.constructDataset()).lang(format.lang()).output(out);
                } else {
                    return new Answer(format.contentType(), GraphBodies.write(exec.construct(), null, format));
                }
            }
            case DESCRIBE -> {
                return new Answer(format.contentType(), GraphBodies.write(exec.describe(), null, format));
            }
            default -> { } // ResultFormat.offersFor has refused the other query forms
        }
        return new Answer(format.contentType(), out.toByteArray(), truncatedAt);
    }

    private static List<Node> nodes(List<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
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
