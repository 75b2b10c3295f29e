package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.ontology.NG;

/**
 * What a stored graph can put in the service's pages: IRIs that are no http(s) address are shown
 * as text, never as a link a click runs; a body's own highlighting marks stay text; and every
 * HTML page forbids inline script, sniffing and framing.
 */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class HtmlSafetyTest {
    private static final String GRAPH = "http://example.org/graph/hostile";
    private static final String HTML = "text/html";
    private static final String INES = "<" + FerryStrike.BASE + "id/person/ines-varga>";

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void storeHostileFacts() {
        String facts = INES + " <http://www.w3.org/2002/07/owl#sameAs> <javascript:alert(1)> .\n"
                + INES + " <http://www.w3.org/2000/01/rdf-schema#seeAlso> <javascript:alert(2)> .\n"
                + INES + " <http://www.w3.org/2000/01/rdf-schema#seeAlso> <data:text/html,boom> .\n"
                + "<http://example.org/post/marks> <" + NG.headline + "> \"Marked copy\" ;\n"
                + "  <" + NG.body + "> \"a \u21a6planted\u21a4 word beside the ferrymarks\" ;\n"
                + "  <" + NG.publishedAt + "> \"2025-03-14T11:00:00+01:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime> ;\n"
                + "  <" + NG.inStory + "> <" + FerryStrike.STORY + "> .\n";
        HttpResponse<byte[]> put = Http.send(root, "PUT", "data?graph=" + GRAPH, facts, "Authorization", Writable.BEARER,
                "Content-Type", "text/turtle");
        assertTrue(put.statusCode() == 201 || put.statusCode() == 204, Http.text(put));
    }

    @Test
    void theEntityPageShowsOtherSchemesAsText() {
        String page = Http.text(Http.send(root, "GET", "id/person/ines-varga", null, "Accept", HTML));
        assertTrue(page.contains("javascript:alert(1)"), "the same-as IRI is shown");
        assertFalse(page.contains("href=\"javascript:"), "but not as a link");
        assertFalse(page.contains("href=\"data:"), "nor a data: IRI");
        assertTrue(page.contains("href=\"/id/country/freedonia\""), "http(s) IRIs stay links");
    }

    @Test
    void aBodysOwnMatchMarksStayText() {
        String page = Http.text(Http.send(root, "GET", "search?q=ferrymarks&format=html", null));
        assertTrue(page.contains("<mark>ferrymarks</mark>"), page);
        assertFalse(page.contains("<mark>planted"), "the body's own marks are not the service's highlighting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "id/person/ines-varga", "search?q=ferries&format=html", "explore", "ontology",
            "explore/entity?entity=id/person/ines-varga", "id/person/nobody"})
    void everyPageForbidsInlineScriptSniffingAndFraming(String path) {
        HttpResponse<byte[]> response = Http.send(root, "GET", path, null, "Accept", HTML);
        assertTrue(Http.contentType(response).startsWith(HTML), path + ": " + Http.contentType(response));
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        String scripts = policy.replaceAll(".*script-src([^;]*).*", "$1");
        assertTrue(policy.contains("script-src") && !scripts.contains("unsafe-inline"), path + ": " + policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
    }
}
