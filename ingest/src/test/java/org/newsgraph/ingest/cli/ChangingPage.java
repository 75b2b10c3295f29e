package org.newsgraph.ingest.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live page in JSON-LD on a real HTTP server (the JDK's), on a free port: one text at the first
 * request, another at every request after, as a page that changed between two reads.
 * <pre>
 *   try (ChangingPage page = ChangingPage.serve("/live/kites", first, second)) {
 *       run("ingest", ..., "--follow", page.url());
 *   }
 * </pre>
 * Any other path answers 404.
 */
final class ChangingPage implements AutoCloseable {
    private final HttpServer server;
    private final String path;
    private final AtomicInteger requests = new AtomicInteger();

    private ChangingPage(String path, String first, String then) throws IOException {
        this.path = path;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, e -> {
            byte[] body = (requests.incrementAndGet() == 1 ? first : then).getBytes(StandardCharsets.UTF_8);
            e.getResponseHeaders().add("Content-Type", "application/ld+json");
            e.sendResponseHeaders(200, body.length);
            try (OutputStream out = e.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Serves {@code first} at {@code path}, then {@code then}. */
    static ChangingPage serve(String path, String first, String then) throws IOException {
        return new ChangingPage(path, first, then);
    }

    /** {@code http://localhost:PORT}, without a path. */
    String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The page's URL. */
    String url() {
        return base() + path;
    }

    /** How many times the page was asked for. */
    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
