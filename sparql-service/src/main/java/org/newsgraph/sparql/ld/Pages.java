package org.newsgraph.sparql.ld;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.newsgraph.ontology.NewsgraphOntology;
import org.newsgraph.sparql.refusal.NoAcceptableFormat;

/**
 * The responses of negotiated pages: the chosen representation, or a {@link NoAcceptableFormat}
 * refusal (406) that {@link PageErrors} writes; every one says {@code Vary: Accept}, since caches
 * must not hand the HTML to an RDF client.
 * <pre>
 *   return Pages.negotiate(accept, format, representation -&gt; Pages.rdf(graph, representation));
 * </pre>
 */
final class Pages {
    private Pages() {}

    /** {@code answer} for the representation the request asks for; refused when none of those offered will do. */
    static Response negotiate(String accept, String format, Function<Representation, Response> answer) {
        Optional<Representation> chosen = Representation.choose(accept, format);
        if (chosen.isEmpty()) {
            String message = format != null && !format.isBlank()
                    ? "Unknown format '" + format + "'; use one of " + Representation.parameters()
                    : "None of the types in 'Accept: " + accept + "' is offered; use text/html, text/turtle, "
                            + "application/ld+json, application/n-triples or application/rdf+xml";
            throw new NoAcceptableFormat(message);
        }
        return answer.apply(chosen.get());
    }

    /** {@code graph} written in {@code representation}; a graph without prefixes gets the project's. */
    static Response rdf(Graph graph, Representation representation) {
        if (graph.getPrefixMapping().hasNoMappings()) {
            graph.getPrefixMapping().setNsPrefixes(NewsgraphOntology.PREFIXES);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(representation.rdfFormat().orElseThrow()).output(out);
        return vary(Response.ok(out.toByteArray(), representation.contentType()));
    }

    /** An HTML page. */
    static Response html(String page) {
        return vary(Response.ok(page, Representation.HTML.contentType()));
    }

    /** The response, marked as one that differs with the request's Accept header. */
    static Response.ResponseBuilder varying(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private static Response vary(Response.ResponseBuilder response) {
        return varying(response).build();
    }
}
