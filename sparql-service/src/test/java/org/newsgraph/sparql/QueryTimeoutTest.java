package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A query that outruns newsgraph.query-timeout, or an update that outruns
 * newsgraph.update-timeout, is stopped and answered with 503; a request's own timeout cannot
 * lengthen the configured one.
 */
@QuarkusTest
@TestProfile(QueryTimeoutTest.Impatient.class)
@WithTestResource(TestStore.class)
class QueryTimeoutTest {
    static final String CROSS_PRODUCT = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String G = "http://example.org/graph/timeout";

    /** Timeouts no cross product of the test store can meet, and writes allowed. */
    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Writable.with(Map.of("newsgraph.query-timeout", "1ms", "newsgraph.update-timeout", "1ms"));
        }
    }

    @Test
    void aSlowQueryIs503() {
        Sparql.get(CROSS_PRODUCT, "text/csv").then().statusCode(503)
                .contentType(equalTo("text/plain; charset=utf-8")).body(containsString("1 ms"));
    }

    @Test
    void aLongerTimeoutParameterIsCappedAtTheConfiguredOne() {
        given().queryParam("query", CROSS_PRODUCT).queryParam("timeout", "600").accept("text/csv")
                .get("/sparql").then().statusCode(503).body(containsString("limit of 1 ms"));
    }

    @Test
    void aSlowUpdateIs503AndChangesNothing() {
        given().header("Authorization", Writable.BEARER).formParam("update",
                        "INSERT { GRAPH <" + G + "> { ?a ?b ?c } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
                .post("/update").then().statusCode(503).body(containsString("The update ran longer than the limit of 1 ms"));
        // Read through the Graph Store, which the 1 ms query timeout does not govern.
        given().queryParam("graph", G).get("/data").then().statusCode(404);
    }
}
