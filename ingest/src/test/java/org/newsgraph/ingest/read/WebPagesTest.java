package org.newsgraph.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.story.Post;

/** Pages fetched from a real HTTP server on localhost. */
class WebPagesTest {
    private HttpServer server;
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private final WebPages web = WebPages.standard();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/live/arctic-shipping-talks", e -> {
            agents.add(e.getRequestHeaders().getFirst("User-Agent"));
            send(e, 200, "application/ld+json", Files.readString(Path.of("samples/arctic-shipping-talks.jsonld")),
                    StandardCharsets.UTF_8);
        });
        server.createContext("/moved", e -> {
            e.getResponseHeaders().add("Location", "/live/arctic-shipping-talks");
            send(e, 301, "text/plain", "", StandardCharsets.UTF_8);
        });
        server.createContext("/latin", e -> send(e, 200, "text/plain; charset=ISO-8859-1", "Tromsø", StandardCharsets.ISO_8859_1));
        server.createContext("/slow", e -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            send(e, 200, "text/plain", "late", StandardCharsets.UTF_8);
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange e, int status, String type, String body, Charset charset) throws IOException {
        byte[] bytes = body.getBytes(charset);
        e.getResponseHeaders().add("Content-Type", type);
        e.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + path);
    }

    @Test
    void aFetchedPageIsReadByTheReaderItsContentTypeAndContentCallFor() {
        PageSource page = web.fetch(url("/moved"), ReadOptions.none());

        assertEquals(url("/moved").toString(), page.name(), "messages name the URL as given");
        assertEquals(Optional.of(url("/live/arctic-shipping-talks").toString()), page.address(), "after the redirect");
        assertEquals(Optional.of("application/ld+json"), page.mediaType());
        assertEquals(List.of(WebPages.USER_AGENT), agents);
        ReadResult result = ReaderRegistry.standard().read(page);
        assertEquals(4, result.posts().size());
        assertEquals("arctic-shipping-talks", result.story().slug());
        assertEquals(List.of("update-4", "update-3", "update-2", "update-1"), result.posts().stream().map(Post::id).toList());
    }

    @Test
    void theContentTypesCharsetDecodesTheBody() {
        assertEquals("Tromsø", web.fetch(url("/latin"), ReadOptions.none()).text());
    }

    @Test
    void missingPagesTimeoutsAndDeadServersAreRefusedSayingWhy() throws IOException {
        PageRefused missing = assertThrows(PageRefused.class, () -> web.fetch(url("/nothing-here"), ReadOptions.none()));
        assertEquals(url("/nothing-here") + ": the server answered HTTP 404 (not found)", missing.getMessage());

        WebPages impatient = WebPages.within(Duration.ofSeconds(5), Duration.ofMillis(1500));
        PageRefused slow = assertThrows(PageRefused.class, () -> impatient.fetch(url("/slow"), ReadOptions.none()));
        assertEquals(url("/slow") + ": no answer within 1500ms", slow.getMessage());

        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI dead = URI.create("http://localhost:" + port + "/live");
        PageRefused refused = assertThrows(PageRefused.class, () -> web.fetch(dead, ReadOptions.none()));
        assertTrue(refused.getMessage().startsWith(dead + ": could not connect to localhost:" + port), refused.getMessage());
    }
}
