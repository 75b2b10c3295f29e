package org.newsgraph.sparql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A query that outruns newsgraph.query-timeout is stopped and answered with 503. */
@QuarkusTest
@TestProfile(QueryTimeoutTest.Impatient.class)
@WithTestResource(TestStore.class)
class QueryTimeoutTest {

    /** A timeout no cross product of the test store can meet. */
    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.query-timeout", "1ms");
        }
    }

    @Test
    void aSlowQueryIs503() {
        Sparql.get("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "text/csv").then().statusCode(503)
                .contentType(equalTo("text/plain; charset=utf-8")).body(containsString("1 ms"));
    }
}
