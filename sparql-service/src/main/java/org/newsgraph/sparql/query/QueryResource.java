package org.newsgraph.sparql.query;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.riot.WebContent;
import org.jboss.logging.Logger;
import org.newsgraph.sparql.http.ErrorResponses;
import org.newsgraph.sparql.http.ResultCutOff;
import org.newsgraph.sparql.http.SparqlProtocol;

/**
 * The SPARQL query endpoint, read-only and open to all, over the union of all post graphs.
 * <pre>
 *   curl -H 'Accept: text/csv' 'http://localhost:8080/sparql?query=SELECT+*+{?s+?p+?o}+LIMIT+5'
 *   curl --data-urlencode 'query=ASK {}' http://localhost:8080/sparql
 *   curl -H 'Content-Type: application/sparql-query' --data-binary @query.rq 'http://localhost:8080/sparql?format=tsv'
 * </pre>
 * Without the write credential, a SELECT answers at most newsgraph.anonymous-row-limit rows (a
 * CONSTRUCT or DESCRIBE as many triples); a result cut there carries
 * {@code X-Newsgraph-Truncated: <limit>}: as a header when the result is sent whole, as a trailer
 * when it was streamed (a result past newsgraph.result-buffer), since the headers went before
 * the rows.
 * An answer given again from the result cache carries {@code X-Newsgraph-Cache: hit}; a client
 * that wants a fresh run sends {@code Cache-Control: no-cache}.
 * Each method checks the protocol and hands the query to {@link QueryService}; failures become
 * responses in {@link ErrorResponses}.
 */
@Path("/sparql")
public class QueryResource {
    private static final Logger LOG = Logger.getLogger(QueryResource.class);
    private static final long CLOSE_WAIT_MS = 5000;
    private final QueryService queries;

    QueryResource(QueryService queries) {
        this.queries = queries;
    }

    @GET
    public Response get(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context HttpServerRequest http) {
        return send(queries.answer(SparqlProtocol.query(uri.getQueryParameters()), accept, authorization, client(http), fresh(http)), http);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response form(MultivaluedMap<String, String> form, @Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context HttpServerRequest http) {
        return send(queries.answer(SparqlProtocol.query(SparqlProtocol.merged(uri.getQueryParameters(), form)), accept,
                authorization, client(http), fresh(http)), http);
    }

    @POST
    @Consumes(WebContent.contentTypeSPARQLQuery)
    public Response direct(byte[] body, @Context UriInfo uri, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @Context HttpServerRequest http) {
        return send(queries.answer(SparqlProtocol.directQuery(body, contentType, uri.getQueryParameters()), accept,
                authorization, client(http), fresh(http)), http);
    }

    /** Any other POST body: the two methods above take the ones the protocol allows. */
    @POST
    public Response unsupported(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        throw SparqlProtocol.unsupported("/sparql", WebContent.contentTypeSPARQLQuery + " (updates go to /update)", contentType);
    }

    /** The header that tells a client its answer came from the result cache. */
    public static final String CACHE = "X-Newsgraph-Cache";

    /** The header that tells a client its result was cut at the anonymous row limit, and where. */
    public static final String TRUNCATED = "X-Newsgraph-Truncated";

    private static Response send(Answer answer) {
        Response.ResponseBuilder response = Response.ok(answer.body(), answer.contentType());
        answer.truncatedAt().ifPresent(cap -> response.header(TRUNCATED, cap));
        if (answer.kept()) {
            response.header(CACHE, "hit");
        }
        return response.build();
    }

    private static Response send(QueryAnswer answer, HttpServerRequest http) {
        if (answer instanceof Answer whole) {
            return send(whole);
        }
        StreamedAnswer streamed = (StreamedAnswer) answer;
        Response.ResponseBuilder response = Response.ok((StreamingOutput) out -> stream(streamed, out, http),
                streamed.contentType());
        if (streamed.capped()) {
            // Whether the cap cut the rows is known only after the last one: it comes as a trailer.
            response.header("Trailer", TRUNCATED);
        }
        return response.build();
    }

    /**
     * Sends a streamed result. When the query fails part-way, the connection is closed before the
     * chunked body's last chunk: every HTTP client then reports an incomplete body.
     */
    private static void stream(StreamedAnswer answer, OutputStream out, HttpServerRequest http) throws IOException {
        try {
            answer.result().drainTo(out, http.response()::closed)
                    .ifPresent(cap -> http.response().trailers().set(TRUNCATED, Long.toString(cap)));
        } catch (ResultCutOff e) {
            LOG.warnf("The result was cut off after part of it was sent, and the connection closed: %s", e.getMessage());
            cutOff(http);
            throw e;
        }
    }

    /**
     * Closes the connection now, dropping what is still queued for it. Vert.x's reset() only
     * closes it once queued writes are out, and Quarkus then writes the error response after
     * the rows, last chunk and all: the client would get a body that ends like a whole one.
     * Once the channel is closed, those writes go nowhere.
     */
    private static void cutOff(HttpServerRequest http) {
        if (http.connection() instanceof ConnectionBase connection) {
            connection.channel().close().awaitUninterruptibly(CLOSE_WAIT_MS);
        } else {
            http.response().reset();
        }
    }

    /** The address a client is known by for its share of the query threads. */
    /** Whether the client asks for a fresh run, past the result cache ({@code Cache-Control: no-cache}). */
    private static boolean fresh(HttpServerRequest http) {
        String control = http.getHeader(HttpHeaders.CACHE_CONTROL);
        return control != null && control.toLowerCase(Locale.ROOT).matches(".*\\b(no-cache|no-store|max-age=0)\\b.*");
    }

    private static String client(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
