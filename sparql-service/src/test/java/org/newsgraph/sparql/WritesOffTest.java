package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** With no write credential configured, the service takes no writes and says how to turn them on. */
@QuarkusTest
@WithTestResource(TestStore.class)
class WritesOffTest {

    @Test
    void everyWriteIs403SayingWritesAreOff() {
        given().header("Authorization", "Bearer anything").formParam("update", "CLEAR ALL").post("/update").then()
                .statusCode(403).body(containsString("newsgraph.write-token"));
        given().formParam("update", "CLEAR ALL").post("/update").then().statusCode(403).body(containsString("Writes are off"));
        given().contentType("application/n-triples").body("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("graph", "http://example.org/g")
                .put("/data").then().statusCode(403).body(containsString("Writes are off"));
        given().queryParam("graph", FerryStrike.BASE + "graph/none").delete("/data").then().statusCode(403);
        Sparql.get("ASK { ?s ?p ?o }", null).then().statusCode(200).body(containsString("true"));
    }
}
