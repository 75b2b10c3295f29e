package org.newsgraph.sparql.ld;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The ontology: its documentation for browsers, its Turtle, JSON-LD... for RDF clients.
 * <pre>
 *   curl -H 'Accept: text/turtle' http://localhost:8080/ontology
 *   open http://localhost:8080/ontology#Pledge
 * </pre>
 */
@Path("/ontology")
public class OntologyResource {
    private final Ontology ontology;

    OntologyResource(Ontology ontology) {
        this.ontology = ontology;
    }

    @GET
    public Response get(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return Pages.negotiate(accept, format, representation -> representation == Representation.HTML
                ? Pages.html(ontology.html())
                : Pages.rdf(ontology.graph(), representation));
    }
}
