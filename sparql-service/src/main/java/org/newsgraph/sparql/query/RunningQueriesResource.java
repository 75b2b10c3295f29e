package org.newsgraph.sparql.query;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.sparql.http.WriteAccess;
import org.newsgraph.sparql.refusal.NotFound;

/**
 * The running queries, for administrators (the write credential):
 * <pre>
 *   GET    /admin/queries        [{"id": "3f9a0c1e", "form": "SELECT", "started": "...", "elapsedMs": 5120, "query": "..."}]
 *   DELETE /admin/queries/{id}   204, and the query's client gets 503; 404 when no such query runs
 * </pre>
 */
@Path("/admin/queries")
public class RunningQueriesResource {
    private final RunningQueries running;
    private final WriteAccess access;

    RunningQueriesResource(RunningQueries running, WriteAccess access) {
        this.running = running;
        this.access = access;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.check(authorization);
        JsonArray queries = new JsonArray();
        for (RunningQueries.Entry entry : running.list()) {
            JsonObject query = new JsonObject();
            query.put("id", entry.id);
            query.put("form", entry.form);
            query.put("started", entry.started.toString());
            query.put("elapsedMs", entry.elapsed().toMillis());
            query.put("query", entry.query);
            queries.add(query);
        }
        return queries.toString();
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.check(authorization);
        if (!running.cancel(id)) {
            throw new NotFound("No query " + id + " is running");
        }
        return Response.noContent().build();
    }
}
