package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.http.QueryLog;
import org.newsgraph.sparql.query.QueryResource;

/**
 * What browsers on other sites need: CORS preflights and headers; and gzip for clients that ask
 * for it. The gzip test reads with Java's HttpClient, which (unlike rest-assured) leaves the
 * body as sent, so that the compression itself is seen.
 */
@QuarkusTest
@WithTestResource(TestStore.class)
class BrowserClientsTest {
    private static final String ORIGIN = "https://analyst.example";
    private static final String ALL = "/sparql?query=" + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8);

    @TestHTTPResource("/")
    URI root;

    @Test
    void aPreflightAllowsAnAuthenticatedPost() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/update").then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"));
    }

    @Test
    void aCrossOriginQueryMayBeReadAndItsRowCapMarkToo() {
        given().header("Origin", ORIGIN).queryParam("query", "ASK {}").get("/sparql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Expose-Headers", containsString(QueryResource.TRUNCATED))
                .header("Access-Control-Expose-Headers", containsString(QueryLog.HEADER));
    }

    @Test
    void aResultIsGzippedForClientsThatAskForIt() throws IOException {
        HttpResponse<byte[]> gzipped = Http.send(root, "GET", ALL, null,
                "Accept", "application/sparql-results+json", "Accept-Encoding", "gzip");
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        byte[] body;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            body = in.readAllBytes();
        }
        assertTrue(body.length > gzipped.body().length, "the compressed body is the smaller");
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
        assertTrue(rows.hasNext());

        HttpResponse<byte[]> plain = Http.send(root, "GET", ALL, null, "Accept", "application/sparql-results+json");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(body.length, plain.body().length, "the same result, uncompressed");
    }
}
