package org.newsgraph.sparql;

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
import jakarta.ws.rs.core.UriInfo;
import org.apache.jena.riot.WebContent;

/**
 * The SPARQL query endpoint, read-only and open to all, over the union of all post graphs.
 * <pre>
 *   curl -H 'Accept: text/csv' 'http://localhost:8080/sparql?query=SELECT+*+{?s+?p+?o}+LIMIT+5'
 *   curl --data-urlencode 'query=ASK {}' http://localhost:8080/sparql
 *   curl -H 'Content-Type: application/sparql-query' --data-binary @query.rq 'http://localhost:8080/sparql?format=tsv'
 * </pre>
 * Without the write credential, a SELECT answers at most newsgraph.anonymous-row-limit rows; a
 * result cut there carries {@code X-Newsgraph-Truncated: <limit>}.
 * Each method checks the protocol and hands the query to {@link QueryService}; failures become
 * responses in {@link SparqlExceptionMapper}.
 */
@Path("/sparql")
public class SparqlResource {
    private final QueryService queries;

    SparqlResource(QueryService queries) {
        this.queries = queries;
    }

    @GET
    public Response get(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return send(queries.answer(SparqlProtocol.query(uri.getQueryParameters()), accept, authorization));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response form(MultivaluedMap<String, String> form, @Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return send(queries.answer(SparqlProtocol.query(SparqlProtocol.merged(uri.getQueryParameters(), form)), accept,
                authorization));
    }

    @POST
    @Consumes(WebContent.contentTypeSPARQLQuery)
    public Response direct(byte[] body, @Context UriInfo uri, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return send(queries.answer(SparqlProtocol.directQuery(body, contentType, uri.getQueryParameters()), accept,
                authorization));
    }

    /** Any other POST body: the two methods above take the ones the protocol allows. */
    @POST
    public Response unsupported(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        throw SparqlProtocol.unsupported("/sparql", WebContent.contentTypeSPARQLQuery + " (updates go to /update)", contentType);
    }

    /** The header that tells a client its result was cut at the anonymous row limit, and where. */
    static final String TRUNCATED = "X-Newsgraph-Truncated";

    static Response send(Answer answer) {
        Response.ResponseBuilder response = Response.ok(answer.body(), answer.contentType());
        answer.truncatedAt().ifPresent(cap -> response.header(TRUNCATED, cap));
        return response.build();
    }
}
