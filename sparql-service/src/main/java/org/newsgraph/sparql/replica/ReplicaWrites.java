package org.newsgraph.sparql.replica;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import org.newsgraph.sparql.refusal.ReplicaReadOnly;

/**
 * A replica takes no writes: /update, and PUT, POST, DELETE, PATCH on /data, are refused (405) saying that
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
            throw new ReplicaReadOnly("This service is a read replica of newsgraph.graphs at " + servers + ": writes go to the log,"
                    + " not to a replica. Publish posts with `newsgraph publish --to " + servers
                    + "`, or graphs to the topic newsgraph.graphs.", update ? List.of() : List.of("GET", "HEAD"));
        }
    }
}
