package org.newsgraph.sparql.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.TestStore;

/** /q/metrics in Prometheus' format with the service's own metrics, and /q/openapi naming the routes. */
@QuarkusTest
@WithTestResource(TestStore.class)
class OperationsTest {
    @Inject
    QueryMetrics metrics;
    @Inject
    Store store;

    @Test
    void metricsCountQueriesByFormTheirLatencyTimeoutsAndTheStoreSize() {
        // Real queries through the endpoint, so that the counting in the query path is what is tested.
        given().queryParam("query", "SELECT * { ?s ?p ?o } LIMIT 1").get("/sparql").then().statusCode(200);
        given().queryParam("query", "ASK { ?s ?p ?o }").get("/sparql").then().statusCode(200);
        metrics.timedOut("SELECT");
        given().get("/q/metrics").then().statusCode(200)
                .body(allOf(containsString("newsgraph_queries_total{form=\"select\"}"),
                        containsString("newsgraph_queries_total{form=\"ask\"}"),
                        containsString("newsgraph_query_seconds_bucket{form=\"select\""),
                        containsString("newsgraph_query_timeouts_total{form=\"select\"}"),
                        matchesRegex("(?s).*\\nnewsgraph_store_quads [1-9][0-9.E]*\\n.*")));
    }

    @Test
    void defaultGraphQueriesAreAnsweredFromTheUnionInMemoryOnceItIsCopied() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (store.inMemory().triples() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50); // the copy is made on a thread of its own at start
        }
        long before = store.inMemory().queriesAnswered();
        // no-cache: evaluated, not found in the result cache
        given().header("Cache-Control", "no-cache").queryParam("query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                .get("/sparql").then().statusCode(200);
        given().header("Cache-Control", "no-cache").queryParam("query", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
                .get("/sparql").then().statusCode(200);
        assertEquals(before + 1, store.inMemory().queriesAnswered(), "only the default-graph query");
        given().get("/q/metrics").then().statusCode(200)
                .body(allOf(matchesRegex("(?s).*\\nnewsgraph_memory_layer_triples [1-9][0-9.E]*\\n.*"),
                        matchesRegex("(?s).*\\nnewsgraph_memory_layer_bytes [1-9][0-9.E]*\\n.*"),
                        matchesRegex("(?s).*\\nnewsgraph_memory_layer_queries_total [1-9][0-9.E]*\\n.*")));
    }

    @Test
    void theOpenApiDocumentNamesTheRoutes() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(allOf(containsString("/id/{path}"), containsString("/ontology"), containsString("/dump"),
                        containsString("/.well-known/void"), containsString("/sparql")));
    }
}
