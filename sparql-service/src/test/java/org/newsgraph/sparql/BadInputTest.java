package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Careless and hostile input a probe sent: each is a 4xx that says what is wrong, never a 500. */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class BadInputTest {
    private static final String ASK = "sparql?query=" + DefaultGraphWritesTest.encoded("ASK {}");
    private static final String GRAPH = "http://example.org/graph/bad-input";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI root;

    @ParameterizedTest
    @ValueSource(strings = {"text", "foo, application/json", "*", "application/", ";q=1", "text/html;q=abc"})
    void oddAcceptHeadersAreAnsweredWithoutFailing(String accept) {
        for (String path : new String[] {ASK, "data?default"}) {
            HttpResponse<byte[]> response = Http.send(root, "GET", path, null, "Accept", accept);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 406 || response.statusCode() == 400,
                    path + " with Accept: " + accept + ": " + response.statusCode() + " " + Http.text(response));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {";;;===", "/", "text/", "a/b/c"})
    void contentTypesThatAreNoMediaTypeAre415(String contentType) {
        for (String path : new String[] {"sparql", "update", "data?graph=" + GRAPH}) {
            HttpResponse<byte[]> response = Http.send(root, "POST", path, "ASK {}", "Content-Type", contentType,
                    "Authorization", Writable.BEARER);
            assertEquals(415, response.statusCode(), path + " with Content-Type: " + contentType + ": " + Http.text(response));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-query; charset", "application/sparql-query;;", "application/x-www-form-urlencoded"})
    void oddButReadableContentTypesAreNo500(String contentType) {
        for (String path : new String[] {"sparql", "update", "data?graph=" + GRAPH}) {
            HttpResponse<byte[]> response = Http.send(root, "POST", path, "%zz ASK {}", "Content-Type", contentType,
                    "Authorization", Writable.BEARER);
            assertTrue(response.statusCode() < 500, path + " with Content-Type: " + contentType + ": " + Http.text(response));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Russia/Ukraine", "a~", "~", "\"unclosed", "(", "*", "a AND", "[a TO", "/regex", "a^"})
    void searchWordsThatAreNoLuceneQueryAreNo500(String words) {
        HttpResponse<byte[]> response = Http.send(root, "GET", "search?q=" + DefaultGraphWritesTest.encoded(words), null);
        assertTrue(response.statusCode() == 200 || response.statusCode() == 400, words + ": " + response.statusCode()
                + " " + Http.text(response));
    }

    @Test
    void deeplyNestedQueriesAre400SayingSo() {
        String optionals = "SELECT * { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(1000) + "}".repeat(1000) + " }";
        String subSelects = "SELECT * { " + "{ SELECT * { ".repeat(2000) + "?s ?p ?o" + " } }".repeat(2000) + " }";
        String braces = "SELECT * " + "{".repeat(10_000) + "}".repeat(10_000);
        for (String query : new String[] {optionals, subSelects, braces}) {
            HttpResponse<byte[]> response = Http.send(root, "POST", "sparql", query, "Content-Type", "application/sparql-query");
            assertEquals(400, response.statusCode(), Http.text(response));
            assertTrue(Http.text(response).contains("too deeply nested"), Http.text(response));
            assertFalse(Http.text(response).contains("null"), Http.text(response));
        }
        String update = "INSERT DATA { GRAPH <" + GRAPH + "> " + "{".repeat(5000) + "}".repeat(5000) + " }";
        HttpResponse<byte[]> response = Http.send(root, "POST", "update", update, "Content-Type", "application/sparql-update",
                "Authorization", Writable.BEARER);
        assertEquals(400, response.statusCode(), Http.text(response));
    }

    @Test
    void invalidUtf8IsRefusedNotStored() {
        byte[] query = "ASK { ?s ?p \"caf\u00ff\" }".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, send("POST", "sparql", query, "application/sparql-query").statusCode());
        byte[] triples = "<http://example.org/x> <http://example.org/p> \"caf\u00ff\" .\n".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> put = send("PUT", "data?graph=" + GRAPH, triples, "application/n-triples");
        assertEquals(400, put.statusCode(), Http.text(put));
        assertTrue(Http.text(put).contains("UTF-8"), Http.text(put));
        assertEquals(404, Http.send(root, "GET", "data?graph=" + GRAPH, null).statusCode(), "nothing stored");
        byte[] update = ("INSERT DATA { GRAPH <" + GRAPH + "> { <http://example.org/x> <http://example.org/p> \"caf\u00ff\" } }")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, send("POST", "update", update, "application/sparql-update").statusCode());
        assertEquals(404, Http.send(root, "GET", "data?graph=" + GRAPH, null).statusCode(), "nothing stored");
    }

    @Test
    void formFieldsAndUrlParametersThatAreNoUtf8AreRefusedSayingWhich() {
        String update = "update=" + DefaultGraphWritesTest.encoded("INSERT DATA { GRAPH <" + GRAPH
                + "> { <http://example.org/x> <http://example.org/p> \"caf") + "%FF" + DefaultGraphWritesTest.encoded("\" } }");
        HttpResponse<byte[]> form = send("POST", "update", update.getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded");
        assertEquals(400, form.statusCode(), Http.text(form));
        assertTrue(Http.text(form).contains("update=") && Http.text(form).contains("UTF-8"), Http.text(form));
        assertEquals(404, Http.send(root, "GET", "data?graph=" + GRAPH, null).statusCode(), "nothing stored");
        byte[] rawLatin1 = "query=ASK+%7B+%3Fs+%3Fp+%22caf\u00e9%22+%7D".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> query = send("POST", "sparql", rawLatin1, "application/x-www-form-urlencoded");
        assertEquals(400, query.statusCode(), Http.text(query));
        assertTrue(Http.text(query).contains("query="), Http.text(query));
        HttpResponse<byte[]> url = Http.send(root, "GET", ASK + "%E9", null);
        assertEquals(400, url.statusCode(), Http.text(url));
        assertTrue(Http.text(url).contains("URL parameter query="), Http.text(url));
        String utf8 = "query=" + DefaultGraphWritesTest.encoded("ASK { ?s ?p \"caf\u00e9\" }");
        assertEquals(200, send("POST", "sparql", utf8.getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded")
                .statusCode(), "a form in UTF-8");
    }

    @Test
    void emptyAndBoundlessBodiesStoreNothing() {
        assertEquals(400, send("PUT", "data?graph=" + GRAPH, new byte[0], "text/turtle").statusCode(), "an empty PUT");
        assertEquals(400, send("POST", "data?graph=" + GRAPH, "a=b".getBytes(StandardCharsets.UTF_8), "multipart/form-data")
                .statusCode(), "multipart without a boundary");
        HttpResponse<byte[]> garbage = send("POST", "data?graph=" + GRAPH, "\u0000\u0001garbage--x\r\n--\r\n"
                .getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=x");
        assertClientError(garbage, "a multipart body of garbage");
        assertEquals(404, Http.send(root, "GET", "data?graph=" + GRAPH, null).statusCode(), "nothing stored");
    }

    @Test
    void graphStoreAndUpdateAt500sOfTheDefaultGraphAre4xx() {
        assertClientError(Http.send(root, "POST", "update", "CLEAR GRAPH <urn:x-arq:DefaultGraph>",
                "Content-Type", "application/sparql-update", "Authorization", Writable.BEARER), "CLEAR GRAPH");
        assertClientError(Http.send(root, "DELETE", "data?graph=urn:x-arq:UnionGraph", null,
                "Authorization", Writable.BEARER), "DELETE the union");
    }

    @Test
    void explorationLimitsThatAreNoNumberAre400InJson() {
        HttpResponse<byte[]> response = Http.send(root, "GET", "api/explore/neighbours?entity=id/person/ines-varga&limit=abc", null);
        assertEquals(400, response.statusCode(), Http.text(response));
        assertTrue(Http.text(response).contains("\"error\""), Http.text(response));
    }

    @Test
    void aRefusalNeverEchoesACredential() {
        HttpResponse<byte[]> response = Http.send(root, "DELETE", "data?graph=" + GRAPH, null,
                "Authorization", "s3cret-without-scheme");
        assertEquals(403, response.statusCode());
        assertFalse(Http.text(response).contains("s3cret"), Http.text(response));
    }

    @Test
    void healthShowsNoFolder() {
        HttpResponse<byte[]> health = Http.send(root, "GET", "q/health", null);
        assertEquals(200, health.statusCode(), Http.text(health));
        assertFalse(Http.text(health).contains("tdb2"), Http.text(health));
        assertFalse(Http.text(health).contains("folder"), Http.text(health));
    }

    private HttpResponse<byte[]> send(String method, String path, byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).header("Authorization", Writable.BEARER).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertClientError(HttpResponse<byte[]> response, String what) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                what + ": " + response.statusCode() + " " + Http.text(response));
    }
}
