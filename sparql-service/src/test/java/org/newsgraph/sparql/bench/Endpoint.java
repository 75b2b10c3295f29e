package org.newsgraph.sparql.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;

/**
 * A SPARQL endpoint as the benchmark's clients ask it: a direct POST of the query text, SPARQL
 * JSON results, the whole body read. One HTTP/1.1 client with kept-alive connections serves all
 * threads, for both servers alike.
 */
record Endpoint(String name, URI uri, HttpClient http, Duration timeout) {
    static final String JSON = "application/sparql-results+json";

    static Endpoint of(String name, URI uri, Duration timeout) {
        return new Endpoint(name, uri, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(), timeout);
    }

    /** Sends a query and reads the whole answer, whatever its status. */
    HttpResponse<byte[]> send(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The number of rows of a SELECT; fails on any answer but 200 with SPARQL JSON. */
    int rows(String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(query);
        if (response.statusCode() != 200) {
            throw new BenchmarkFailed(name + " answered " + response.statusCode() + " to\n" + query + "\n"
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        int[] rows = {0};
        ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON).forEachRemaining(row -> rows[0]++);
        return rows[0];
    }
}
