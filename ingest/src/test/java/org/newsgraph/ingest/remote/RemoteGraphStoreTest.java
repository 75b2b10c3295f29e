package org.newsgraph.ingest.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.store.StoreRefused;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;

/**
 * The remote writer against a graph store that wants a credential (a real HTTP server on a free
 * port, answering as the newsgraph service does): the ingest stops, saying what the server said
 * and how to give the token. Writes that reach a store are tested against Fuseki in
 * {@code RemoteIngestTest}.
 */
class RemoteGraphStoreTest {
    private static final String BASE = "http://example.org/";
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI graphStore;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ds/sparql", exchange -> answer(exchange, 200, "application/sparql-results+json",
                "{\"head\": {\"vars\": [\"entity\", \"slug\"]}, \"results\": {\"bindings\": []}}"));
        server.createContext("/ds/data", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            boolean read = exchange.getRequestMethod().equals("GET");
            answer(exchange, read ? 404 : 401, "text/plain", read ? "No graph" : "Writes need a credential");
        });
        server.start();
        graphStore = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ds/data");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void withoutTheTokenTheWriteStopsSayingWhy() {
        RemoteGraphStore anonymous = RemoteGraphStore.connect(graphStore, BASE, Optional.empty());
        StoreRefused refused = assertThrows(StoreRefused.class, () -> anonymous.write(List.of(post())));
        assertTrue(refused.getMessage().contains("401") && refused.getMessage().contains("--token")
                && refused.getMessage().contains("Writes need a credential"), refused::getMessage);
        assertEquals(List.of("GET null", "PUT null"), requests, "it asked for the graph, then tried to replace it");
    }

    @Test
    void theTokenGoesAsABearerCredential() {
        RemoteGraphStore remote = RemoteGraphStore.connect(graphStore, BASE, Optional.of("s3cret"));
        assertThrows(StoreRefused.class, () -> remote.write(List.of(post())));
        assertEquals(List.of("GET Bearer s3cret", "PUT Bearer s3cret"), requests);
    }

    private static PostFacts post() {
        Post post = new Post(new Story("harbour-day", "Harbour day", Optional.empty()), "p1", 1, "Kites over the harbour",
                "Kites rose over the harbour.", OffsetDateTime.parse("2025-06-02T09:15:00Z"), List.of(), false, List.of(), 1);
        return new PostFacts(post, List.of(), List.of());
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
