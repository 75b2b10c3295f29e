package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random requests over the service's HTTP surface, from a seeded generator: methods, routes,
 * parameters, headers, bodies and query texts drawn from pools of ordinary and hostile values.
 * None may be answered with a 5xx or take longer than a generous bound, and the service is
 * ready afterwards. Bounded: {@value #REQUESTS} requests, to 127.0.0.1 only; a failure names the
 * seed ({@code -Dfuzz.seed=...} replays it) and the request.
 */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class HttpSurfaceFuzzTest {
    private static final int REQUESTS = 600;
    private static final String[] METHODS = {"GET", "GET", "POST", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"};
    private static final String[] ROUTES = {"/sparql", "/update", "/data", "/search", "/", "/id/person/ines-varga",
            "/id/", "/id/story/ferry-strike", "/ontology", "/.well-known/void", "/dump", "/q/health", "/q/health/ready",
            "/explore", "/explore/entity", "/explore/paths", "/explore/story", "/api/explore/timeline",
            "/api/explore/neighbours", "/api/explore/neighbourhood", "/api/explore/cooccurrence", "/api/explore/paths",
            "/api/explore/storyline", "/admin/queries", "/admin/queries/zzz", "/nowhere", "/sparql/extra", "/q/metrics"};
    private static final String[] NAMES = {"query", "update", "graph", "default", "format", "timeout", "q", "limit",
            "entity", "from", "to", "story", "maxLength", "default-graph-uri", "named-graph-uri", "using-graph-uri"};
    private static final String[] VALUES = {"", "ASK {}", "SELECT * { ?s ?p ?o } LIMIT 3", "SELECT * {", "abc", "-1", "0",
            "99999999999999", "1.5e3", "http://example.org/fuzz/g", "urn:x-arq:DefaultGraph", "urn:x-arq:UnionGraph",
            "id/person/ines-varga", "javascript:alert(1)", "<script>alert(1)</script>", "a~", "Russia/Ukraine", "\"unclosed",
            "%", "%zz", "\u0000", "\u21a6x\u21a4", "caf\u00e9", "json", "html", "ttl", "nq", "foo", "http://[::1", "..\\..",
            "x".repeat(3000), "{".repeat(500), "SELECT * " + "{".repeat(300) + "}".repeat(300),
            "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2", "DESCRIBE <http://example.org/id/person/ines-varga>"};
    private static final String[] ACCEPTS = {null, "*/*", "text", "foo, application/json", "text/html", "application/json",
            "text/csv;q=abc", ";;", "application/sparql-results+xml", "text/turtle;q=0", "image/png", "*/*;q=0"};
    private static final String[] TYPES = {null, "application/sparql-query", "application/sparql-update", "text/turtle",
            "application/n-triples", "application/x-www-form-urlencoded", "multipart/form-data",
            "multipart/form-data; boundary=xyz", ";;;===", "text/plain", "application/ld+json", "application/rdf+xml",
            "application/sparql-query; charset=latin1", "application/trig"};
    private static final String[] AUTHORIZATIONS = {null, null, Writable.BEARER, "Bearer wrong", "Basic !!!", "s3cret",
            "Basic " + java.util.Base64.getEncoder().encodeToString("editor:nope".getBytes(StandardCharsets.UTF_8)), ""};
    private static final String[] ORIGINS = {null, null, null, "https://evil.example", "null"};

    @TestHTTPResource("/")
    URI root;

    @Test
    void randomRequestsGetNo5xxNoHangAndLeaveTheServiceReady() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 5; i++) {
            HttpRequest request = request(random);
            String described = request.method() + " " + request.uri() + " " + request.headers().map();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() >= 500) {
                    failures.add(response.statusCode() + " for " + described + ": "
                            + new String(response.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                }
            } catch (HttpTimeoutException e) {
                failures.add("no answer within 30 s for " + described);
            } catch (IOException e) {
                // The service may close a connection it refuses (408, 413, 429): not a failure, unless it stays down.
            }
        }
        assertTrue(failures.isEmpty(), "seed " + seed + ":\n" + String.join("\n", failures));
        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(root.resolve("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), "seed " + seed + ": " + ready.body());
    }

    private HttpRequest request(Random random) {
        String method = pick(random, METHODS);
        StringBuilder path = new StringBuilder(pick(random, ROUTES));
        int parameters = random.nextInt(4);
        for (int p = 0; p < parameters; p++) {
            path.append(p == 0 ? '?' : '&').append(pick(random, NAMES));
            if (random.nextInt(5) > 0) {
                path.append('=').append(URLEncoder.encode(pick(random, VALUES), StandardCharsets.UTF_8));
            }
        }
        byte[] body = body(random);
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(path.toString())).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        header(builder, "Accept", pick(random, ACCEPTS));
        header(builder, "Content-Type", body == null ? null : pick(random, TYPES));
        String authorization = pick(random, AUTHORIZATIONS);
        // The credential on the admin routes could compact or back up the test's store: never together.
        header(builder, "Authorization", path.toString().startsWith("/admin") && Writable.BEARER.equals(authorization)
                ? null : authorization);
        header(builder, "Origin", pick(random, ORIGINS));
        return builder.build();
    }

    private static byte[] body(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> new byte[0];
            case 2 -> {
                byte[] junk = new byte[random.nextInt(200)];
                random.nextBytes(junk);
                yield junk;
            }
            case 3 -> "<http://example.org/fuzz/s> <http://example.org/p> \"o\" .\n".getBytes(StandardCharsets.UTF_8);
            case 4 -> "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnot rdf\r\n--xyz--\r\n"
                    .getBytes(StandardCharsets.UTF_8);
            case 5 -> ("query=" + URLEncoder.encode(pick(random, VALUES), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            case 6 -> "caf\u00e9 ASK {}".getBytes(StandardCharsets.ISO_8859_1);
            default -> pick(random, VALUES).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static void header(HttpRequest.Builder builder, String name, String value) {
        if (value != null && !value.isEmpty()) {
            builder.header(name, value);
        }
    }

    private static String pick(Random random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
