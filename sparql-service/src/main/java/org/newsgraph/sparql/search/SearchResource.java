package org.newsgraph.sparql.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.ld.Links;

/**
 * The search box: full-text search of headlines, bodies and quotes, as JSON or as an HTML page.
 * <pre>
 *   curl 'http://localhost:8080/search?q=ferries&amp;limit=10'
 *   {"query": "ferries", "hits": [{"iri": "...", "field": "body", "score": 0.61, "snippet": "... &lt;mark&gt;ferries&lt;/mark&gt; ...",
 *                                  "post": "...", "headline": "...", "publishedAt": "...", "story": "...", "storyTitle": "..."}]}
 * </pre>
 * HTML when the request asks for it ({@code Accept: text/html}, or {@code format=html}); JSON
 * otherwise. {@code limit}: how many matching texts, 1 to {@value #MAX_LIMIT}, default
 * {@value #DEFAULT_LIMIT}. 400 for a missing {@code q} (JSON) or one that is not a Lucene query.
 */
@Path("/search")
public class SearchResource {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final Search search;
    private final ServiceConfig config;

    SearchResource(Search search, ServiceConfig config) {
        this.search = search;
        this.config = config;
    }

    @CheckedTemplate(basePath = "search")
    static final class Templates {
        private Templates() {}

        /** The search box, and the hits when there are words to search for. */
        static native TemplateInstance page(String words, List<Hit> hits, String problem, Links links);
    }

    @GET
    public Response get(@QueryParam("q") String words, @QueryParam("limit") String limit,
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context UriInfo uri) {
        Links links = Links.of(config.base(), uri.getBaseUri());
        boolean html = format != null ? format.equals("html") : accept != null && accept.contains(MediaType.TEXT_HTML);
        if (format != null && !format.equals("html") && !format.equals("json")) {
            return problem(Status.BAD_REQUEST, "Unknown format '" + format + "'; use html or json");
        }
        String query = words == null ? "" : words.strip();
        int count;
        try {
            count = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > MAX_LIMIT) {
            return problem(Status.BAD_REQUEST, "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        if (query.isEmpty()) {
            return html ? page(Status.OK, "", List.of(), "", links)
                    : problem(Status.BAD_REQUEST, "Give the words to search for in q");
        }
        List<Hit> hits;
        try {
            hits = search.find(query, count);
        } catch (IllegalArgumentException e) {
            return html ? page(Status.BAD_REQUEST, query, List.of(), e.getMessage(), links) : problem(Status.BAD_REQUEST, e.getMessage());
        }
        return html ? page(Status.OK, query, hits, "", links) : json(query, hits);
    }

    private static Response page(Status status, String words, List<Hit> hits, String problem, Links links) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .entity(Templates.page(words, hits, problem, links).render()).build();
    }

    private static Response json(String words, List<Hit> hits) {
        JsonObject answer = new JsonObject();
        answer.put("query", words);
        JsonArray list = new JsonArray();
        hits.forEach(hit -> list.add(hit.json()));
        answer.put("hits", list);
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private static Response problem(Status status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).entity(message + "\n").build();
    }
}
