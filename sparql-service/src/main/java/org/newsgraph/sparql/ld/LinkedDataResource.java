package org.newsgraph.sparql.ld;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.refusal.NotFound;

/**
 * Dereferences the IRIs minted under {@code newsgraph.base}: {@code <base>id/...} is answered
 * at {@code /id/...}, as HTML for browsers and as RDF for RDF clients.
 * <pre>
 *   curl -H 'Accept: text/turtle' http://localhost:8080/id/person/john-healey
 *   curl 'http://localhost:8080/id/country/ukraine?format=jsonld'
 * </pre>
 * A fragment ({@code <post>#s0-48}, a mention) is not sent by clients: it is described on its
 * post's page.
 */
@Path("/id/{path: .+}")
public class LinkedDataResource {
    private final Descriptions descriptions;
    private final ServiceConfig config;

    LinkedDataResource(Descriptions descriptions, ServiceConfig config) {
        this.descriptions = descriptions;
        this.config = config;
    }

    @GET
    public Response get(@PathParam("path") String path, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context UriInfo uri) {
        String iri = config.base() + "id/" + path;
        return Pages.negotiate(accept, format, representation -> descriptions.describe(iri)
                .map(graph -> representation == Representation.HTML
                        ? Pages.html(Templates.entity(descriptions.page(iri, graph,
                                Links.of(config.base(), uri.getBaseUri()))).render())
                        : Pages.rdf(graph, representation))
                .orElseThrow(() -> new NotFound("The store knows nothing about " + iri)));
    }
}
