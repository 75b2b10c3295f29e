package org.newsgraph.sparql.ld;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The whole dataset as one download: N-Quads, one named graph per post, compressed with gzip.
 * <pre>
 *   curl -o newsgraph.nq.gz http://localhost:8080/dump             # the gzip bytes as sent
 *   curl --compressed -o newsgraph.nq http://localhost:8080/dump   # decompressed by curl
 * </pre>
 * The body is always gzip, said by {@code Content-Encoding: gzip} over {@code Content-Type:
 * application/n-quads}: HTTP clients that decode content get N-Quads, and the bytes saved as
 * they are form a {@code .nq.gz} file. It is streamed as it is read from the store.
 */
@Path("/dump")
public class DumpResource {
    private final Dump dump;

    DumpResource(Dump dump) {
        this.dump = dump;
    }

    @GET
    public Response get(@Context HttpServerResponse http) {
        StreamingOutput body = dump::write;
        // Vert.x gzips a response whose Content-Encoding names gzip, whatever the request asked
        // for, so the body is always gzip. Set on the HTTP response itself: Quarkus marks every
        // response Content-Encoding: identity first, and a header added through JAX-RS would come second.
        http.headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
        return Response.ok(body, "application/n-quads")
                .header("Content-Disposition", "attachment; filename=\"newsgraph.nq\"")
                .build();
    }
}
