package org.newsgraph.sparql.guard;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The CSP source that allows the query page's import map: {@code 'sha256-…'} of the map's text.
 * <pre>
 *   importMap.whenKnown(context, context::next);   // the first page request waits for the digest
 *   importMap.source();                             // " 'sha256-…'", or "" when unknown
 * </pre>
 * Quarkus serves the map inside a script ({@value #SCRIPT}) that inserts an inline
 * {@code <script type="importmap">} holding {@code JSON.stringify(map)}: inline script, which a
 * policy without {@code 'unsafe-inline'} allows only by its digest. The map is known only to
 * Quarkus' route, so the first request of a page reads that script from the service itself
 * once, without blocking, and digests the map as JSON.stringify writes it (compact, keys in order).
 */
@ApplicationScoped
class ImportMapDigest {
    private static final Logger LOG = Logger.getLogger(ImportMapDigest.class);
    static final String SCRIPT = "/_importmap/generated_importmap.js";
    private static final String START = "JSON.stringify(";

    private final HttpClient client;
    private volatile String source;

    ImportMapDigest(Vertx vertx) {
        this.client = vertx.createHttpClient();
    }

    /** The CSP source allowing the map, with a leading space; empty before it is known, or when it is not served. */
    String source() {
        return source == null ? "" : source;
    }

    /** Runs {@code then} once the digest is known; the first GET of a page first reads the map. */
    void whenKnown(RoutingContext context, Runnable then) {
        if (source != null || context.request().method() != HttpMethod.GET || context.request().path().startsWith("/_")) {
            then.run();
            return;
        }
        var local = context.request().localAddress();
        client.request(HttpMethod.GET, local.port(), local.host(), SCRIPT)
                .compose(request -> request.send().compose(HttpClientResponse::body))
                .onComplete(read -> {
                    source = read.succeeded() ? digestOf(read.result()) : "";
                    if (read.failed()) {
                        LOG.warnf("The import map could not be read (%s): the query page's editor will not load",
                                read.cause().getMessage());
                    }
                    then.run();
                });
    }

    /** The index after the JSON object that starts at {@code from}, or -1. */
    private static int objectEnd(String text, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String digestOf(Buffer script) {
        String text = script.toString(StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = start < 0 ? -1 : objectEnd(text, start + START.length());
        if (end < 0) {
            return "";
        }
        String map = new JsonObject(text.substring(start + START.length(), end)).encode();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(map.getBytes(StandardCharsets.UTF_8));
            return " 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
