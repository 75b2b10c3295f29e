package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * An administrator lists the running queries and cancels a runaway one; its client gets 503. A
 * runaway no one cancels ends at its time limit.
 */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class RunningQueriesTest {
    /**
     * Counts a cross product of 10^12 rows, whatever the store holds (other tests change it): no
     * row comes out until it is done, so it runs until stopped.
     */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) {"
            + IntStream.rangeClosed(1, 6).mapToObj(v -> " VALUES ?m" + v + " { "
                    + IntStream.rangeClosed(1, 100).mapToObj(Integer::toString).collect(Collectors.joining(" ")) + " }")
                    .collect(Collectors.joining()) + " }";

    @Test
    void aRunawayQueryIsListedAndCancelled() throws Exception {
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            Future<Response> runaway = client.submit(() -> given().queryParam("query", RUNAWAY).get("/sparql")
                    .then().extract().response());
            String id = null;
            for (int attempt = 0; attempt < 200 && id == null; attempt++) {
                JsonArray running = JSON.parseAny(given().header("Authorization", Writable.BEARER)
                        .get("/admin/queries").then().statusCode(200).extract().asString()).getAsArray();
                for (var entry : running) {
                    JsonObject query = entry.getAsObject();
                    // Tests run one at a time: the only query running is the runaway one.
                    if (query.getString("query").contains("?m6")) {
                        id = query.getString("id");
                        assertEquals("SELECT", query.getString("form"));
                    }
                }
                if (id == null) {
                    Thread.sleep(50);
                }
            }
            assertNotNull(id, () -> "the runaway query shows in the list; it ended as "
                    + (runaway.isDone() ? "answered" : "still running"));

            given().header("Authorization", Writable.BEARER).delete("/admin/queries/" + id).then().statusCode(204);
            Response answer = runaway.get(60, TimeUnit.SECONDS);
            assertEquals(503, answer.statusCode());
            assertTrue(answer.asString().contains("cancelled"), answer.asString());
            assertTrue(!given().header("Authorization", Writable.BEARER).get("/admin/queries").asString().contains(id),
                    "a cancelled query leaves the list");
        } finally {
            client.shutdownNow();
        }
    }

    @Test
    void aRunawayIsStoppedAtItsTimeout() {
        // The COUNT does all its work before its first row, where Jena's own timeout does not reach.
        Response answer = given().queryParam("query", RUNAWAY).queryParam("timeout", "1").get("/sparql")
                .then().extract().response();
        assertEquals(503, answer.statusCode(), answer.asString());
        assertTrue(answer.asString().contains("limit of 1 s"), answer.asString());
    }

    @Test
    void theListAndCancellingNeedTheWriteCredential() {
        given().get("/admin/queries").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").get("/admin/queries").then().statusCode(403);
        given().delete("/admin/queries/0000abcd").then().statusCode(401);
        given().header("Authorization", Writable.BEARER).delete("/admin/queries/0000abcd").then().statusCode(404);
    }
}
