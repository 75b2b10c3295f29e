package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.query.QueryResource;

/** The limits on requests and results, set low enough here to reach with the small test store. */
@QuarkusTest
@TestProfile(LimitsTest.Small.class)
@WithTestResource(TestStore.class)
class LimitsTest {

    private static final String ALL = "SELECT * { ?s ?p ?o }";
    private static final String CONSTRUCT_ALL = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";

    /** A 1000-character query limit, a 16 KB body limit, 3 rows for anonymous clients, and writes allowed. */
    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Writable.with(Map.of("newsgraph.max-query-length", "1000", "quarkus.http.limits.max-body-size", "16K",
                    "newsgraph.anonymous-row-limit", "3"));
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
    void aBodyOverTheLimitIs413OnAnyRouteWithAMessage() throws IOException {
        String sparql = responseToOversizePost("/sparql", Sparql.QUERY_BODY, "");
        assertTrue(sparql.startsWith("HTTP/1.1 413 Request Entity Too Large\r\n"), sparql);
        assertTrue(sparql.contains("\r\n\r\nThe request body is 20000 bytes; this service takes bodies of up to 16384 bytes\n"),
                sparql);
        String update = responseToOversizePost("/update", "application/sparql-update; charset=utf-8",
                "Authorization: " + Writable.BEARER + "\r\n");
        assertTrue(update.startsWith("HTTP/1.1 413 Request Entity Too Large\r\n"), update);
        assertTrue(update.contains("up to 16384 bytes"), update);
    }

    /**
     * The whole response to a POST announcing a 20,000-byte body, asking to be told before
     * sending it (Expect: 100-continue). A client that sent the body at once raced the server,
     * which answers 413 and closes: the client then saw a reset, not the response.
     */
    private static String responseToOversizePost(String path, String contentType, String extraHeaders) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n"
                    + extraHeaders + "Content-Length: 20000\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The service closes the connection after its answer.
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anAnonymousSelectIsCutAtTheRowLimitAndSaysSo() {
        Response all = Sparql.get(ALL, "text/csv");
        all.then().statusCode(200).header(QueryResource.TRUNCATED, "3");
        assertEquals(3, Sparql.column(all, ResultSetLang.RS_CSV, "s").size());
        Response overLimit = Sparql.get(ALL + " LIMIT 10", "text/csv");
        overLimit.then().statusCode(200).header(QueryResource.TRUNCATED, "3");
        assertEquals(3, Sparql.column(overLimit, ResultSetLang.RS_CSV, "s").size());
    }

    @Test
    void aResultWithinTheRowLimitIsWholeAndUnmarked() {
        Response three = Sparql.get(ALL + " LIMIT 3", "text/csv");
        three.then().statusCode(200).header(QueryResource.TRUNCATED, nullValue());
        assertEquals(3, Sparql.column(three, ResultSetLang.RS_CSV, "s").size());
        Sparql.get("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv").then().statusCode(200)
                .header(QueryResource.TRUNCATED, nullValue());
    }

    @Test
    void theWriteCredentialLiftsTheRowLimit() {
        Response count = Sparql.get("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
        int total = Integer.parseInt(Sparql.column(count, ResultSetLang.RS_CSV, "n").get(0));
        assertTrue(total > 3, "the test store holds more than the limit");
        Response all = given().header("Authorization", Writable.BEARER).queryParam("query", ALL).accept("text/csv").get("/sparql");
        all.then().statusCode(200).header(QueryResource.TRUNCATED, nullValue());
        assertEquals(total, Sparql.column(all, ResultSetLang.RS_CSV, "s").size());
    }

    @Test
    void anAnonymousConstructIsCutAtTheRowLimitInTriples() {
        Response triples = Sparql.get(CONSTRUCT_ALL, "application/n-triples");
        triples.then().statusCode(200).header(QueryResource.TRUNCATED, "3");
        assertEquals(3, Sparql.graph(triples, Lang.NTRIPLES).size());
        Response quads = Sparql.get(CONSTRUCT_ALL, "application/n-quads");
        quads.then().statusCode(200).header(QueryResource.TRUNCATED, "3");
        assertEquals(3, Sparql.text(quads).lines().count());
    }

    @Test
    void anAnonymousDescribeIsCutAtTheRowLimitInTriples() {
        String describe = "DESCRIBE ?s { ?s ?p ?o }";
        Response whole = given().header("Authorization", Writable.BEARER).queryParam("query", describe)
                .accept("application/n-triples").get("/sparql");
        whole.then().statusCode(200).header(QueryResource.TRUNCATED, nullValue());
        assertTrue(Sparql.graph(whole, Lang.NTRIPLES).size() > 3, "the store has more triples than the limit");
        Response cut = Sparql.get(describe, "application/n-triples");
        cut.then().statusCode(200).header(QueryResource.TRUNCATED, "3");
        assertEquals(3, Sparql.graph(cut, Lang.NTRIPLES).size());
    }

    @Test
    void aConstructWithinTheRowLimitIsWholeAndUnmarked() {
        // Every solution makes the same triple: one distinct triple, well within the limit.
        Response same = Sparql.get("CONSTRUCT { <http://example.org/a> <http://example.org/b> 1 } WHERE { ?s ?p ?o }",
                "application/n-triples");
        same.then().statusCode(200).header(QueryResource.TRUNCATED, nullValue());
        assertEquals(1, Sparql.graph(same, Lang.NTRIPLES).size());
        Response all = given().header("Authorization", Writable.BEARER).queryParam("query", CONSTRUCT_ALL)
                .accept("text/turtle").get("/sparql");
        all.then().statusCode(200).header(QueryResource.TRUNCATED, nullValue());
        assertTrue(Sparql.graph(all, Lang.TURTLE).size() > 3, "the credential lifts the limit on triples too");
    }

    @Test
    void aWrongCredentialReadsAsAnonymous() {
        given().header("Authorization", "Bearer wrong").queryParam("query", ALL).accept("text/csv").get("/sparql")
                .then().statusCode(200).header(QueryResource.TRUNCATED, "3");
    }
}
