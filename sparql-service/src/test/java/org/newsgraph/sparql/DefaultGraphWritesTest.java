package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every spelling of the default graph and of the union, in the Graph Store and in SPARQL Update,
 * is refused with a 4xx, and the store's bookkeeping (its base, the layer's markers, the slug
 * registry) stays as it was: the union still answers, and a post's graph still reads.
 */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class DefaultGraphWritesTest {
    private static final String NOTE = "<http://example.org/x> <http://example.org/p> \"1\" .\n";
    private static final String OTHER_BASE = "<urn:newsgraph:store> <urn:newsgraph:base> \"http://evil.example/\" .\n";

    @TestHTTPResource("/")
    URI root;

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void graphStoreWritesToEverySpellingOfTheDefaultGraphAreRefused(String method) {
        for (String graph : new String[] {"urn:x-arq:DefaultGraph", "urn:x-arq:UnionGraph", "URN:X-ARQ:DefaultGraph"}) {
            HttpResponse<byte[]> response = Http.send(root, method, "data?graph=" + encoded(graph),
                    method.equals("DELETE") ? null : OTHER_BASE + NOTE, "Authorization", Writable.BEARER,
                    "Content-Type", "application/n-triples");
            assertClientError(response, method + " " + graph);
        }
        assertStoreIntact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLEAR GRAPH <urn:x-arq:DefaultGraph>", "DROP GRAPH <urn:x-arq:UnionGraph>",
            "CLEAR SILENT GRAPH <urn:x-arq:DefaultGraph>", "COPY <http://example.org/g> TO <urn:x-arq:DefaultGraph>",
            "MOVE <urn:x-arq:UnionGraph> TO <http://example.org/g>", "ADD <http://example.org/g> TO <urn:x-arq:UnionGraph>",
            "INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { <http://example.org/x> <http://example.org/p> 1 } }",
            "DELETE WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }",
            "WITH <urn:x-arq:DefaultGraph> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"})
    void updatesOfTheDefaultGraphByNameAreRefused(String update) {
        HttpResponse<byte[]> response = Http.send(root, "POST", "update", update, "Authorization", Writable.BEARER,
                "Content-Type", "application/sparql-update");
        assertClientError(response, update);
        assertStoreIntact();
    }

    private void assertStoreIntact() {
        HttpResponse<byte[]> union = Http.send(root, "GET", "sparql?query=" + encoded(
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), null, "Accept", "text/csv");
        assertEquals(200, union.statusCode(), Http.text(union));
        assertTrue(Integer.parseInt(Http.text(union).lines().skip(1).findFirst().orElseThrow().strip()) > 10,
                "the union still holds the posts: " + Http.text(union));
        HttpResponse<byte[]> page = Http.send(root, "GET", "id/person/ines-varga", null, "Accept", "text/turtle");
        assertEquals(200, page.statusCode(), "the minister's page still answers");
    }

    private static void assertClientError(HttpResponse<byte[]> response, String what) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                what + ": " + response.statusCode() + " " + Http.text(response));
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
