package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page on another site cannot make a browser write with the credentials it has cached: a
 * state-changing request whose Origin is another site's, or that its browser marks cross-site,
 * is refused with 403 and changes nothing; clients that are no browser (no Origin, no
 * Sec-Fetch-Site) and the service's own pages still write.
 */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class CrossSiteWritesTest {
    private static final String GRAPH = "http://example.org/graph/csrf";
    private static final String FORM = "update=" + DefaultGraphWritesTest.encoded(
            "INSERT DATA { GRAPH <" + GRAPH + "> { <http://example.org/x> <http://example.org/p> \"forged\" } }");
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (Writable.USER + ":" + Writable.PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void withoutTheGraph() {
        Http.send(root, "DELETE", "data?graph=" + GRAPH, null, "Authorization", Writable.BEARER);
    }

    @Test
    void aFormFromAnotherSiteIsRefusedAndChangesNothing() {
        HttpResponse<byte[]> forged = Http.send(root, "POST", "update", FORM, "Authorization", BASIC,
                "Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site");
        assertEquals(403, forged.statusCode(), Http.text(forged));
        assertEquals(404, Http.send(root, "GET", "data?graph=" + GRAPH, null).statusCode(), "nothing was written");
    }

    @Test
    void aBrowserThatSaysCrossSiteIsRefusedWithoutAnOrigin() {
        assertEquals(403, Http.send(root, "POST", "update", FORM, "Authorization", BASIC,
                "Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(403, Http.send(root, "POST", "update", FORM, "Authorization", BASIC,
                "Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "same-site").statusCode(),
                "a sibling site's form is a browser's form from elsewhere too");
        assertEquals(403, Http.send(root, "POST", "update", FORM, "Authorization", BASIC,
                "Content-Type", "application/x-www-form-urlencoded", "Origin", "null").statusCode(),
                "a sandboxed page's opaque origin");
    }

    @Test
    void graphStoreWritesAndAdminCallsFromAnotherSiteAreRefused() {
        assertEquals(403, Http.send(root, "PUT", "data?graph=" + GRAPH, "<http://example.org/x> <http://example.org/p> 1 .\n",
                "Authorization", BASIC, "Content-Type", "application/n-triples", "Origin", "https://evil.example").statusCode());
        assertEquals(403, Http.send(root, "DELETE", "admin/queries/00000000", null, "Authorization", BASIC,
                "Origin", "https://evil.example").statusCode());
        assertEquals(404, Http.send(root, "GET", "data?graph=" + GRAPH, null).statusCode(), "nothing was written");
    }

    @Test
    void theServicesOwnPagesAndClientsThatAreNoBrowserStillWrite() {
        assertEquals(204, Http.send(root, "POST", "update", FORM, "Authorization", BASIC,
                "Content-Type", "application/x-www-form-urlencoded").statusCode(), "curl sends no Origin");
        String self = "http://" + root.getHost() + ":" + root.getPort();
        assertEquals(204, Http.send(root, "POST", "update", FORM, "Authorization", BASIC,
                "Content-Type", "application/x-www-form-urlencoded", "Origin", self, "Sec-Fetch-Site", "same-origin")
                .statusCode(), "the service's own page");
    }

    @Test
    void crossSiteQueriesStayOpen() {
        HttpResponse<byte[]> query = Http.send(root, "POST", "sparql", "query=ASK%7B%7D",
                "Content-Type", "application/x-www-form-urlencoded", "Origin", "https://analyst.example",
                "Sec-Fetch-Site", "cross-site", "Accept", "application/json");
        assertEquals(200, query.statusCode(), Http.text(query));
    }
}
