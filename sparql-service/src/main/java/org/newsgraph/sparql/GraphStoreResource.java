package org.newsgraph.sparql;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The Graph Store HTTP Protocol at {@code /data}: reads are open, writes need the write credential.
 * <pre>
 *   curl -H 'Accept: application/n-triples' 'http://localhost:8080/data?graph=http://localhost:8080/graph/post/s/1'
 *   curl -X PUT -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/turtle' --data-binary @post.ttl \
 *        'http://localhost:8080/data?graph=http://localhost:8080/graph/post/s/1'
 * </pre>
 * HEAD is answered by the GET method, without the body.
 */
@Path("/data")
public class GraphStoreResource {
    private final GraphStoreService graphs;
    private final WriteAccess writes;
    private final ServiceConfig config;

    GraphStoreResource(GraphStoreService graphs, WriteAccess writes, ServiceConfig config) {
        this.graphs = graphs;
        this.writes = writes;
        this.config = config;
    }

    @GET
    public Response get(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        List<String> formats = uri.getQueryParameters().getOrDefault(SparqlProtocol.FORMAT, List.of());
        return SparqlResource.send(graphs.get(target(uri), accept, formats.stream().findFirst()));
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        writes.check(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        return graphs.put(target(uri), body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        writes.check(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        return graphs.post(target(uri), body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
    }

    @DELETE
    public Response delete(@Context UriInfo uri, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        writes.check(authorization);
        return graphs.delete(target(uri));
    }

    private GraphTarget target(UriInfo uri) {
        return GraphTarget.of(uri.getQueryParameters(), config.base());
    }
}
