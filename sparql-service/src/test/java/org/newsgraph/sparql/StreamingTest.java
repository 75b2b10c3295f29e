package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.http.QueryLog;
import org.newsgraph.sparql.query.QueryResource;

/**
 * Results larger than newsgraph.result-buffer are streamed; one whose query then fails or
 * times out ends without the chunked body's last chunk, so that real clients report an error
 * rather than a complete 200. Results within the buffer are sent whole, with a Content-Length.
 */
@QuarkusTest
@TestProfile(StreamingTest.SmallBuffer.class)
@WithTestResource(TestStore.class)
class StreamingTest {
    /**
     * 5000 rows at once, then a cross product of 10^12 rows that no filter lets through: the rows
     * are streamed long before the query's time is up.
     */
    private static final String ROWS_THEN_SLOW = "SELECT ?x { { VALUES ?a { " + numbers(100) + " } VALUES ?b { "
            + numbers(50) + " } BIND(?a * 1000 + ?b AS ?x) } UNION {"
            + IntStream.rangeClosed(1, 6).mapToObj(v -> " VALUES ?m" + v + " { " + numbers(100) + " }")
            .collect(Collectors.joining())
            + " FILTER(?m1 + ?m2 + ?m3 + ?m4 + ?m5 + ?m6 < 0) BIND(?m1 AS ?x) } }";

    /** A 1 KB buffer, so that a few rows already stream. */
    public static class SmallBuffer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Writable.with(Map.of("newsgraph.result-buffer", "1K", "newsgraph.query-timeout", "20s"));
        }
    }

    private static String numbers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }

    /** /sparql with the query string {@code parameters}, for a query sent in the body. */
    private static URI sparql(String parameters) {
        return URI.create("http://localhost:" + RestAssured.port + "/sparql" + parameters);
    }

    /** Posts {@code query} with Java's own client, its body left to read. */
    private static HttpResponse<InputStream> post(String query, String parameters) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(sparql(parameters))
                .header("Content-Type", Sparql.QUERY_BODY).POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    @Test
    void aQueryThatTimesOutMidStreamIsAnIncompleteBodyToJavasHttpClient() throws Exception {
        HttpResponse<InputStream> response = post(ROWS_THEN_SLOW, "?timeout=2");
        assertEquals(200, response.statusCode(), "rows were on their way before the timeout");
        assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "a streamed result has no length");
        try (InputStream body = response.body()) {
            IOException e = assertThrows(IOException.class, body::readAllBytes);
            assertTrue(e.getMessage() != null, e.toString());
        }
    }

    @Test
    void aQueryThatTimesOutMidStreamMakesCurlFail() throws Exception {
        CurlRun plain = curl();
        assertEquals(18, plain.exit(), "curl: partial file; it said " + plain.output());
        assertTrue(plain.output().contains("200"), plain.output());
        // Compressed, the body is cut off all the same.
        CurlRun gzip = curl("--compressed");
        assertTrue(gzip.exit() != 0, "curl --compressed fails; it said " + gzip.output());
        assertTrue(gzip.output().contains("200"), gzip.output());
    }

    private record CurlRun(int exit, String output) {}

    /** curl posting {@link #ROWS_THEN_SLOW} with a 2 s timeout: its exit code, and the status and error it wrote. */
    private static CurlRun curl(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-H",
                "Content-Type: " + Sparql.QUERY_BODY, "--data-binary", ROWS_THEN_SLOW));
        command.addAll(List.of(options));
        command.add(sparql("?timeout=2").toString());
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(curl.waitFor(60, TimeUnit.SECONDS), "curl ends");
        return new CurlRun(curl.exitValue(), output);
    }

    @Test
    void aLargeResultStreamsWhole() throws Exception {
        HttpResponse<InputStream> response = post("SELECT * { VALUES ?a { " + numbers(200) + " } VALUES ?b { "
                + numbers(100) + " } }", "");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "streamed, not held whole");
        try (InputStream body = response.body()) {
            ResultSet rows = ResultSetMgr.read(body, ResultSetLang.RS_JSON);
            long count = 0;
            for (; rows.hasNext(); rows.next()) {
                count++;
            }
            assertEquals(20000, count);
        }
    }

    @Test
    void rowsArriveWhileTheQueryRunsAndLeavingStopsIt() throws Exception {
        HttpResponse<InputStream> response = post(ROWS_THEN_SLOW, "");
        String id = response.headers().firstValue(QueryLog.HEADER).orElseThrow();
        try (InputStream body = response.body()) {
            assertTrue(body.readNBytes(4096).length == 4096, "the first rows arrived");
            assertTrue(running(id), "the query still runs while its first rows are read");
        }
        // The query would run until the 20 s timeout; the client's leaving stops it sooner.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running(id) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(!running(id), "the query stopped when its client left");
    }

    private static boolean running(String id) {
        return given().header("Authorization", Writable.BEARER).get("/admin/queries").then().statusCode(200)
                .extract().asString().contains("\"" + id + "\"");
    }

    @Test
    void aResultWithinTheBufferHasItsLength() throws Exception {
        HttpResponse<InputStream> response = post("ASK {}", "");
        byte[] body = response.body().readAllBytes();
        assertEquals(200, response.statusCode());
        assertEquals(String.valueOf(body.length), response.headers().firstValue("Content-Length").orElse("none"));
    }

    @Test
    void aStreamedResultCutByTheRowCapSaysSoInATrailer() throws IOException {
        // 120,000 rows: over the default cap of 100,000.
        String query = "SELECT * { VALUES ?a { " + numbers(400) + " } VALUES ?b { " + numbers(300) + " } }";
        String response = rawGet("/sparql?format=csv&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertTrue(response.startsWith("HTTP/1.1 200"), response.substring(0, 100));
        assertTrue(response.contains("\r\nTrailer: " + QueryResource.TRUNCATED + "\r\n"), "the trailer is announced");
        assertTrue(response.endsWith("\r\n0\r\n" + QueryResource.TRUNCATED + ": 100000\r\n\r\n"),
                response.substring(response.length() - 100));
    }

    /** The raw bytes of a response to a GET, chunks and trailers as they came. */
    private static String rawGet(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nTE: trailers\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
