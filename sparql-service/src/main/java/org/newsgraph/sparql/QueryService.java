package org.newsgraph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.update.UpdateFactory;
import org.newsgraph.core.store.Store;

/**
 * Answers SPARQL queries over the store: parses the query, picks the result format from the
 * Accept header, runs the query under the configured timeout in one read transaction over the
 * union of all post graphs, and writes the result.
 * <pre>
 *   Answer answer = queries.answer("SELECT * { ?s ?p ?o } LIMIT 5", "text/csv");
 *   answer.contentType();   // text/csv; charset=utf-8
 * </pre>
 * Errors are thrown, for {@link SparqlExceptionMapper} to turn into responses: a
 * {@link QueryParseException} for a malformed query, a {@link ProtocolException} for an update
 * or an unacceptable format, a {@link org.apache.jena.query.QueryCancelledException} on timeout.
 * Relative IRIs in a query resolve against the store's base. The result is written whole into
 * memory before it is sent, so that a query that fails half-way sends an error, not half a result.
 */
@ApplicationScoped
class QueryService {
    private final Store store;
    private final ServiceConfig config;

    QueryService(Store store, ServiceConfig config) {
        this.store = store;
        this.config = config;
    }

    /** The result of {@code queryText} in the format {@code accept} prefers ({@code null}: the default). */
    Answer answer(String queryText, String accept) {
        Query query = parse(queryText);
        ResultFormat format = ResultFormat.choose(query, accept);
        byte[] body = store.read(dataset -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                    .timeout(config.queryTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    // SERVICE would let any client make this server call any address.
                    .set(ARQ.httpServiceAllowed, false)
                    .build()) {
                switch (query.queryType()) {
                    case SELECT -> ResultsWriter.create().lang(format.lang()).write(out, exec.select());
                    case ASK -> ResultsWriter.create().lang(format.lang()).write(out, exec.ask());
                    case CONSTRUCT -> RDFWriter.source(exec.construct()).lang(format.lang()).output(out);
                    case DESCRIBE -> RDFWriter.source(exec.describe()).lang(format.lang()).output(out);
                    default -> { } // ResultFormat.choose has refused the other query forms
                }
            }
            return out.toByteArray();
        });
        return new Answer(format.contentType(), body);
    }

    private Query parse(String text) {
        try {
            return QueryFactory.create(text, config.base(), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new ProtocolException(Status.BAD_REQUEST,
                        "This is an update; this service is read-only and answers queries only");
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
