package org.newsgraph.sparql.ld;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The VoID description of the dataset, in Turtle by default, or JSON-LD, N-Triples, RDF/XML by Accept.
 * <pre>
 *   curl http://localhost:8080/.well-known/void
 * </pre>
 * A browser asking for HTML gets the Turtle too: there is no page for it.
 */
@Path("/.well-known/void")
public class VoidResource {
    private final VoidDescription voids;

    VoidResource(VoidDescription voids) {
        this.voids = voids;
    }

    @GET
    public Response get(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context UriInfo uri) {
        return Pages.negotiate(accept, format, representation -> Pages.rdf(voids.describe(uri.getBaseUri().toString()),
                representation == Representation.HTML ? Representation.TURTLE : representation));
    }
}
