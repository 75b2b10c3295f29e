package org.newsgraph.sparql.update;

import jakarta.ws.rs.Consumes;
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
import org.newsgraph.sparql.http.SparqlProtocol;
import org.newsgraph.sparql.http.WriteAccess;

/**
 * The SPARQL 1.1 Update endpoint, for clients with the write credential.
 * <pre>
 *   curl -H 'Authorization: Bearer s3cret' --data-urlencode 'update=CLEAR GRAPH &lt;http://example.org/g&gt;' http://localhost:8080/update
 *   curl -u editor:pw -H 'Content-Type: application/sparql-update' --data-binary @change.ru http://localhost:8080/update
 * </pre>
 * 204 when the update ran. GET is not allowed (405): an update changes the store.
 */
@Path("/update")
public class UpdateResource {
    private final UpdateService updates;
    private final WriteAccess writes;

    UpdateResource(UpdateService updates, WriteAccess writes) {
        this.updates = updates;
        this.writes = writes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response form(MultivaluedMap<String, String> form, @Context UriInfo uri,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        writes.check(authorization);
        MultivaluedMap<String, String> params = SparqlProtocol.merged(uri.getQueryParameters(), form);
        return run(SparqlProtocol.formUpdate(params), params);
    }

    @POST
    @Consumes(WebContent.contentTypeSPARQLUpdate)
    public Response direct(byte[] body, @Context UriInfo uri, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        writes.check(authorization);
        return run(SparqlProtocol.directUpdate(body, contentType, uri.getQueryParameters()), uri.getQueryParameters());
    }

    /** Any other POST body: the two methods above take the ones the protocol allows. */
    @POST
    public Response unsupported(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        throw SparqlProtocol.unsupported("/update", WebContent.contentTypeSPARQLUpdate, contentType);
    }

    private Response run(String update, MultivaluedMap<String, String> params) {
        updates.run(update, SparqlProtocol.all(params, SparqlProtocol.USING_GRAPH),
                SparqlProtocol.all(params, SparqlProtocol.USING_NAMED_GRAPH));
        return Response.noContent().build();
    }
}
