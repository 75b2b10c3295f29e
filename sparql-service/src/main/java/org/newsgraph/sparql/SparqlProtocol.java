package org.newsgraph.sparql;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.WebContent;

/**
 * The query operation of the SPARQL 1.1 Protocol as this service speaks it: where a request
 * carries its query, and which requests are refused before any parsing.
 * <pre>
 *   String text = SparqlProtocol.queryOf(uriInfo.getQueryParameters());   // GET /sparql?query=...
 * </pre>
 * The service is read-only, so an {@code update} parameter is refused rather than ignored.
 * {@code default-graph-uri} and {@code named-graph-uri} are refused too, for now: ignoring them
 * would answer over another dataset than the one asked for.
 */
final class SparqlProtocol {
    static final String QUERY = "query";
    static final String UPDATE = "update";
    private static final List<String> DATASET = List.of("default-graph-uri", "named-graph-uri");

    private SparqlProtocol() {}

    /** The query of a GET's URL parameters or a form POST's fields; refuses a request without exactly one. */
    static String queryOf(MultivaluedMap<String, String> params) {
        refuseUpdateAndDataset(params);
        List<String> queries = params.getOrDefault(QUERY, List.of());
        if (queries.size() > 1) {
            throw new ProtocolException(Status.BAD_REQUEST, "More than one query parameter: send one query a request");
        }
        return nonBlank(queries.isEmpty() ? null : queries.get(0));
    }

    /** The query of a POST with an {@code application/sparql-query} body, which is UTF-8 by the protocol. */
    static String directQuery(byte[] body, MultivaluedMap<String, String> urlParams) {
        refuseUpdateAndDataset(urlParams);
        return nonBlank(new String(body, StandardCharsets.UTF_8));
    }

    /** The refusal of a POST whose body is neither a query nor a form. */
    static ProtocolException unsupported(String contentType) {
        return new ProtocolException(Status.UNSUPPORTED_MEDIA_TYPE, "POST /sparql takes "
                + WebContent.contentTypeSPARQLQuery + " or " + WebContent.contentTypeHTMLForm + ", not "
                + (contentType == null ? "a body without Content-Type" : contentType)
                + "; this service is read-only and takes no " + WebContent.contentTypeSPARQLUpdate);
    }

    private static void refuseUpdateAndDataset(MultivaluedMap<String, String> params) {
        if (params.containsKey(UPDATE)) {
            throw new ProtocolException(Status.BAD_REQUEST,
                    "This service is read-only: it answers queries and takes no update");
        }
        for (String name : DATASET) {
            if (params.containsKey(name)) {
                throw new ProtocolException(Status.BAD_REQUEST, name + " is not supported yet:"
                        + " queries run over the union of all post graphs; use FROM or GRAPH in the query");
            }
        }
    }

    private static String nonBlank(String query) {
        if (query == null || query.isBlank()) {
            throw new ProtocolException(Status.BAD_REQUEST,
                    "No query: send query=... (GET or form POST) or an " + WebContent.contentTypeSPARQLQuery + " body");
        }
        return query;
    }
}
