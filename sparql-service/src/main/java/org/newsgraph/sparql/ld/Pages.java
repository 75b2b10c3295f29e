package org.newsgraph.sparql.ld;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;
import org.newsgraph.ontology.NewsgraphOntology;

/**
 * The responses of negotiated pages: the chosen representation, or 406 or 404 in plain text or
 * HTML; every one says {@code Vary: Accept}, since caches must not hand the HTML to an RDF client.
 * <pre>
 *   return Pages.negotiate(accept, format, representation -&gt; Pages.rdf(graph, representation));
 * </pre>
 */
final class Pages {
    private static final String PLAIN_TEXT = WebContent.contentTypeTextPlain + "; charset=" + WebContent.charsetUTF8;

    private Pages() {}

    /** {@code answer} for the representation the request asks for; 406 when none of those offered will do. */
    static Response negotiate(String accept, String format, Function<Representation, Response> answer) {
        Optional<Representation> chosen = Representation.choose(accept, format);
        if (chosen.isEmpty()) {
            String message = format != null && !format.isBlank()
                    ? "Unknown format '" + format + "'; use one of " + Representation.parameters()
                    : "None of the types in 'Accept: " + accept + "' is offered; use text/html, text/turtle, "
                            + "application/ld+json, application/n-triples or application/rdf+xml";
            return text(Status.NOT_ACCEPTABLE, message);
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

    /** 404, as a short HTML page for browsers and as text for everyone else. */
    static Response notFound(Representation representation, String message) {
        if (representation == Representation.HTML) {
            return vary(Response.status(Status.NOT_FOUND).type(Representation.HTML.contentType())
                    .entity(Templates.notFound(message).render()));
        }
        return text(Status.NOT_FOUND, message);
    }

    private static Response text(Status status, String message) {
        return vary(Response.status(status).type(PLAIN_TEXT).entity(message + "\n"));
    }

    private static Response vary(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
