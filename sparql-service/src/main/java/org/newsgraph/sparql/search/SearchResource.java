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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.ld.Links;
import org.newsgraph.sparql.refusal.MalformedRequest;

/**
 * The search box: full-text search of headlines, bodies and quotes, as JSON or as an HTML page.
 * <pre>
 *   curl 'http://localhost:8080/search?q=ferries&amp;limit=10'
 *   {"query": "ferries", "hits": [{"iri": "...", "field": "body", "score": 0.61, "snippet": "... &lt;mark&gt;ferries&lt;/mark&gt; ...",
 *                                  "post": "...", "headline": "...", "publishedAt": "...", "story": "...", "storyTitle": "..."}]}
 * </pre>
 * HTML when the request asks for it ({@code Accept: text/html}, or {@code format=html}); JSON
 * otherwise. {@code limit}: how many matching texts, 1 to {@value #MAX_LIMIT}, default
 * {@value #DEFAULT_LIMIT}. 400 for a missing {@code q} (JSON) or one that is not a Lucene query:
 * refusals that {@link SearchErrors} writes, as the page showing the problem when HTML was asked for.
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
        if (format != null && !format.equals("html") && !format.equals("json")) {
            throw new MalformedRequest("Unknown format '" + format + "'; use html or json");
        }
        String query = words == null ? "" : words.strip();
        int count;
        try {
            count = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > MAX_LIMIT) {
            throw new MalformedRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        boolean html = wantsHtml(format, accept);
        if (query.isEmpty() && !html) {
            throw new MalformedRequest("Give the words to search for in q");
        }
        List<Hit> hits;
        try {
            hits = query.isEmpty() ? List.of() : search.find(query, count);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequest(e.getMessage());
        }
        return html ? page(Response.ok(), query, hits, "", Links.of(config.base(), uri.getBaseUri())).build() : json(query, hits);
    }

    /** Whether the request asks for the HTML page: {@code format=html}, or else an Accept naming HTML. */
    static boolean wantsHtml(String format, String accept) {
        return format != null ? format.equals("html") : accept != null && accept.contains(MediaType.TEXT_HTML);
    }

    /** The search page in {@code response}, with {@code problem} shown when there is one. */
    static Response.ResponseBuilder page(Response.ResponseBuilder response, String words, List<Hit> hits, String problem,
            Links links) {
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .entity(Templates.page(words, hits, problem, links).render());
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
}
