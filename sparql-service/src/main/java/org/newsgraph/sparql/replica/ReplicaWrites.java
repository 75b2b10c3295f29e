package org.newsgraph.sparql.replica;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A replica takes no writes: /update, and PUT, POST, DELETE, PATCH on /data, answer 405 saying that
 * writes go to the log, before any credential is looked at. Nothing changes when the service is no replica.
 */
@Provider
@PreMatching
class ReplicaWrites implements ContainerRequestFilter {
    private static final Set<String> WRITES = Set.of("PUT", "POST", "DELETE", "PATCH");

    private final ReplicaFeed feed;

    ReplicaWrites(ReplicaFeed feed) {
        this.feed = feed;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (feed.replica().isEmpty()) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        boolean update = path.equals("/update");
        boolean graphWrite = (path.equals("/data") || path.startsWith("/data/")) && WRITES.contains(request.getMethod());
        if (update || graphWrite) {
            String servers = feed.replica().get().servers();
            request.abortWith(Response.status(Response.Status.METHOD_NOT_ALLOWED)
                    .header(HttpHeaders.ALLOW, update ? "" : "GET, HEAD")
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("This service is a read replica of newsgraph.graphs at " + servers + ": writes go to the log,"
                            + " not to a replica. Publish posts with `newsgraph publish --to " + servers
                            + "`, or graphs to the topic newsgraph.graphs.\n")
                    .build());
        }
    }
}
