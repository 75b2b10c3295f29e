package org.newsgraph.sparql.store;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.json.JsonObject;
import org.jboss.logging.Logger;
import org.newsgraph.core.store.Backup;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.http.WriteAccess;

/**
 * Backup and compaction of the live store, for administrators (the write credential):
 * <pre>
 *   POST /admin/backup    201  {"file": "/srv/newsgraph/backups/newsgraph-20260301T101500Z.nq.gz", "graphs": 1200, "quads": 480000}
 *   POST /admin/compact   200  {"bytesBefore": 912000000, "bytesAfter": 301000000, "milliseconds": 41200}
 * </pre>
 * A backup is a consistent snapshot from one read transaction (queries and writes go on), in
 * {@code newsgraph.backup-folder}; {@code newsgraph restore} builds a store from it. Compaction
 * rewrites the store's files without the space replaced data left: queries go on, writes wait.
 * Both are logged when done: on a large store they may outlast {@code quarkus.http.idle-timeout},
 * which closes the client's connection while the operation goes on to its end.
 */
@Path("/admin")
public class StoreOperationsResource {
    private static final Logger LOG = Logger.getLogger(StoreOperationsResource.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Store store;
    private final WriteAccess access;
    private final ServiceConfig config;

    StoreOperationsResource(Store store, WriteAccess access, ServiceConfig config) {
        this.store = store;
        this.access = access;
        this.config = config;
    }

    @POST
    @Path("backup")
    @Produces(MediaType.APPLICATION_JSON)
    public Response backup(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.check(authorization);
        java.nio.file.Path folder = config.backupFolder().orElse(config.store().toAbsolutePath().resolveSibling("backups"));
        Backup backup = store.backup(folder.resolve("newsgraph-" + STAMP.format(Instant.now()) + ".nq.gz"));
        LOG.infof("Backup written: %s, %d graphs, %d quads", backup.file(), backup.graphs(), backup.quads());
        JsonObject answer = new JsonObject();
        answer.put("file", backup.file().toAbsolutePath().toString());
        answer.put("graphs", backup.graphs());
        answer.put("quads", backup.quads());
        return Response.status(Response.Status.CREATED).entity(answer.toString()).build();
    }

    @POST
    @Path("compact")
    @Produces(MediaType.APPLICATION_JSON)
    public String compact(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.check(authorization);
        long before = size();
        long start = System.nanoTime();
        store.compact();
        long after = size();
        LOG.infof("Store compacted: %d bytes before, %d after", before, after);
        JsonObject answer = new JsonObject();
        answer.put("bytesBefore", before);
        answer.put("bytesAfter", after);
        answer.put("milliseconds", (System.nanoTime() - start) / 1_000_000);
        return answer.toString();
    }

    private long size() {
        try {
            return PathUtils.sizeOfDirectory(config.store());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not measure the store's folder", e);
        }
    }
}
