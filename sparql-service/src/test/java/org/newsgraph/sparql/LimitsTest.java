package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The size limits of requests, set low enough here to reach with small requests. */
@QuarkusTest
@TestProfile(LimitsTest.Small.class)
@WithTestResource(TestStore.class)
class LimitsTest {

    /** A 1000-character query limit and a 16 KB body limit, and writes allowed. */
    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new Writable().getConfigOverrides());
            config.put("newsgraph.max-query-length", "1000");
            config.put("quarkus.http.limits.max-body-size", "16K");
            return config;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An ASK padded with a comment to {@code length} characters. */
    private static String askOfLength(int length) {
        String ask = "ASK {}\n#";
        return ask + "x".repeat(length - ask.length());
    }

    @Test
    void aQueryAtTheLimitIsAnswered() {
        given().contentType(Sparql.QUERY_BODY).body(utf8(askOfLength(1000))).post("/sparql").then().statusCode(200);
    }

    @Test
    void aLongerQueryIs413WithAMessage() {
        given().contentType(Sparql.QUERY_BODY).body(utf8(askOfLength(1001))).post("/sparql").then().statusCode(413)
                .body(containsString("The query is 1001 characters long; this service takes queries of up to 1000 characters"));
        given().formParam("query", askOfLength(1001)).post("/sparql").then().statusCode(413);
    }

    @Test
    void aBodyOverTheLimitIs413OnAnyRoute() {
        String body = askOfLength(20_000);
        given().contentType(Sparql.QUERY_BODY).body(utf8(body)).post("/sparql").then().statusCode(413);
        given().header("Authorization", Writable.BEARER).contentType("application/sparql-update; charset=utf-8")
                .body(utf8(body)).post("/update").then().statusCode(413);
    }
}
