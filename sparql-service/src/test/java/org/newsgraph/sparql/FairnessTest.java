package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A runaway query does not starve light ones: four clients keep their latency while a cross
 * product runs; and one client cannot run more than newsgraph.client-queries queries at once.
 */
@QuarkusTest
@TestProfile(FairnessTest.FiveAtOnce.class)
@WithTestResource(TestStore.class)
class FairnessTest {
    private static final Logger LOG = Logger.getLogger(FairnessTest.class);
    private static final String LIGHT = Sparql.PREFIXES + "SELECT ?s ?label { ?s rdfs:label ?label } LIMIT 10";
    private static final int CLIENTS = 4;
    private static final int QUERIES_EACH = 25;
    /**
     * How much slower light queries may get beside a runaway: it takes one of the machine's
     * cores, which the light queries and their clients shared. Queued behind it, they would
     * wait for its end: seconds, not milliseconds. The floor keeps a sub-millisecond median from
     * making scheduling noise fatal.
     */
    private static final double SLOWDOWN = 10;
    private static final double FLOOR_MS = 50;

    /** Room for one runaway and four light clients, all from this machine's one address; writes allowed. */
    public static class FiveAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Writable.with(Map.of("newsgraph.client-queries", "5"));
        }
    }

    @Test
    void lightQueriesKeepTheirLatencyBesideARunaway() throws Exception {
        lightQueryMedianMs(); // warms up the JIT and the connections
        double alone = lightQueryMedianMs();
        CompletableFuture<HttpResponse<String>> runaway = HttpClient.newHttpClient()
                .sendAsync(get(RunningQueriesTest.RUNAWAY, Duration.ofMinutes(2)), HttpResponse.BodyHandlers.ofString());
        try {
            awaitRunning(1);
            double beside = lightQueryMedianMs();
            LOG.infof("Light queries' median latency: %.1f ms alone, %.1f ms beside a runaway", alone, beside);
            assertTrue(!runaway.isDone(), "the runaway ran all along");
            assertTrue(beside <= Math.max(SLOWDOWN * alone, FLOOR_MS),
                    "light queries took " + beside + " ms (median) beside a runaway, " + alone + " ms alone");
        } finally {
            cancelAll();
        }
        assertEquals(503, runaway.get(60, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void aClientOverItsLimitIs503WithRetryAfter() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> runaways = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                runaways.add(client.sendAsync(get(RunningQueriesTest.RUNAWAY, Duration.ofMinutes(2)),
                        HttpResponse.BodyHandlers.ofString()));
            }
            awaitRunning(5);
            HttpResponse<String> sixth = client.send(get(LIGHT, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, sixth.statusCode(), sixth.body());
            assertEquals("2", sixth.headers().firstValue("Retry-After").orElse("none"));
            assertTrue(sixth.body().contains("5 queries running"), sixth.body());
            given().header("Authorization", Writable.BEARER).header("Cache-Control", "no-cache").queryParam("query", LIGHT)
                    .get("/sparql").then().statusCode(200); // the credential's holder is not held to a client's share
        } finally {
            cancelAll();
        }
        for (CompletableFuture<HttpResponse<String>> runaway : runaways) {
            assertEquals(503, runaway.get(60, TimeUnit.SECONDS).statusCode());
        }
        given().header("Cache-Control", "no-cache").queryParam("query", LIGHT).get("/sparql").then().statusCode(200); // its share is free again
    }

    /** The median latency of light queries that {@link #CLIENTS} clients send at once, each one after another. */
    private static double lightQueryMedianMs() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Double>>> runs = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                runs.add(clients.submit(() -> {
                    HttpClient client = HttpClient.newHttpClient();
                    List<Double> latencies = new ArrayList<>();
                    for (int q = 0; q < QUERIES_EACH; q++) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = client.send(get(LIGHT, Duration.ofSeconds(30)),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - start) / 1e6);
                        assertEquals(200, response.statusCode(), response.body());
                    }
                    return latencies;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> run : runs) {
                all.addAll(run.get(5, TimeUnit.MINUTES));
            }
            Collections.sort(all);
            return all.get(all.size() / 2);
        } finally {
            clients.shutdownNow();
        }
    }

    /** A query that runs: past the result cache, which would answer a light query again without running it. */
    private static HttpRequest get(String query, Duration timeout) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .header("Cache-Control", "no-cache").timeout(timeout).build();
    }

    private static List<JsonValue> running() {
        return JSON.parseAny(given().header("Authorization", Writable.BEARER).get("/admin/queries")
                .then().statusCode(200).extract().asString()).getAsArray();
    }

    private static void awaitRunning(int count) throws InterruptedException {
        // Parsing the runaway's 600 values takes seconds on a busy machine.
        for (int attempt = 0; attempt < 1200 && running().size() < count; attempt++) {
            Thread.sleep(50);
        }
        assertEquals(count, running().size(), "queries running");
    }

    private static void cancelAll() {
        for (JsonValue query : running()) {
            given().header("Authorization", Writable.BEARER).delete("/admin/queries/" + query.getAsObject().getString("id"));
        }
    }
}
