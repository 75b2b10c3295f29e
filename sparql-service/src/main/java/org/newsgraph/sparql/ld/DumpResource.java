package org.newsgraph.sparql.ld;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.zip.GZIPOutputStream;

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
        // Gzipped here: over HTTP/1.1 Vert.x compresses only for clients that send Accept-Encoding,
        // and leaves a body alone whose Content-Encoding is set already, so this is never gzipped twice.
        StreamingOutput body = out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
            dump.write(gzip);
            gzip.finish();
        };
        // Set on the HTTP response itself: Quarkus marks every response Content-Encoding: identity
        // first, and a header added through JAX-RS would come second.
        http.headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
        return Response.ok(body, "application/n-quads")
                .header("Content-Disposition", "attachment; filename=\"newsgraph.nq\"")
                .build();
    }
}
