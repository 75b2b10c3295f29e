package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every case of the W3C SPARQL 1.1 Protocol test suite (w3c/rdf-tests, sparql/sparql11/protocol/manifest.ttl),
 * one test each, named after the case: the same requests, over data of our own (three documents,
 * each in its own named graph, in place of the suite's data1.nt to data3.nt). Queries go to
 * /sparql and updates to /update, as the manifest allows; updates carry the write credential.
 */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class ProtocolCasesTest {
    private static final String D0 = "http://example.org/doc/0";
    private static final String D1 = "http://example.org/doc/1";
    private static final String D2 = "http://example.org/doc/2";
    private static final String D3 = "http://example.org/doc/3";
    private static final String FOAF = "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nPREFIX dc: <http://purl.org/dc/terms/>\n";
    private static final String THREE_DOCUMENTS = "INSERT DATA {\n"
            + " GRAPH <" + D1 + "> { <" + D1 + "> a foaf:Document }\n"
            + " GRAPH <" + D2 + "> { <" + D2 + "> a foaf:Document }\n"
            + " GRAPH <" + D3 + "> { <" + D3 + "> a foaf:Document } }";
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    private static final String FORM = "application/x-www-form-urlencoded";

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void threeDocumentsInTheirOwnGraphs() {
        update(FOAF + "DROP ALL ;\n" + THREE_DOCUMENTS);
    }

    @Test
    void query_post_form() {
        assertAsk(true, post("/sparql?default-graph-uri=" + enc(D0), "query=ASK%20%7B%7D", FORM));
    }

    @Test
    void query_dataset_default_graphs_get() {
        String ask = "ASK { <" + D1 + "> a ?type . <" + D2 + "> a ?type . }";
        assertAsk(true, get("/sparql?query=" + enc(ask) + "&default-graph-uri=" + enc(D1) + "&default-graph-uri=" + enc(D2)));
    }

    @Test
    void query_dataset_default_graphs_post() {
        String ask = "ASK { <" + D1 + "> a ?type . <" + D2 + "> a ?type . }";
        assertAsk(true, post("/sparql?default-graph-uri=" + enc(D1) + "&default-graph-uri=" + enc(D2), ask, SPARQL_QUERY));
    }

    @Test
    void query_dataset_named_graphs_post() {
        assertAsk(true, post("/sparql?named-graph-uri=" + enc(D1) + "&named-graph-uri=" + enc(D2), inTwoGraphs(), SPARQL_QUERY));
    }

    @Test
    void query_dataset_named_graphs_get() {
        assertAsk(true, get("/sparql?query=" + enc(inTwoGraphs()) + "&named-graph-uri=" + enc(D1) + "&named-graph-uri=" + enc(D2)));
    }

    @Test
    void query_dataset_full() {
        String ask = "ASK {\n  <" + D3 + "> a ?type\n  GRAPH ?g1 { <" + D1 + "> a ?type }\n  GRAPH ?g2 { <" + D2 + "> a ?type }\n}";
        assertAsk(true, post("/sparql?default-graph-uri=" + enc(D3) + "&named-graph-uri=" + enc(D1)
                + "&named-graph-uri=" + enc(D2), ask, SPARQL_QUERY));
    }

    @Test
    void query_multiple_dataset() {
        String ask = "ASK FROM <" + D3 + "> { GRAPH ?g1 { <" + D1 + "> a ?type } GRAPH ?g2 { <" + D2 + "> a ?type } }";
        assertAsk(true, post("/sparql?named-graph-uri=" + enc(D1) + "&named-graph-uri=" + enc(D2), ask, SPARQL_QUERY));
        // The protocol's dataset replaces the query's: FROM <D3> alone names no graph, so this is false.
        assertAsk(false, post("/sparql", ask, SPARQL_QUERY));
    }

    @Test
    void query_get() {
        assertAsk(true, get("/sparql?query=ASK%20%7B%7D&default-graph-uri=" + enc(D0)));
    }

    @Test
    void query_content_type_select() {
        HttpResponse<byte[]> response = post("/sparql?default-graph-uri=" + enc(D0), "SELECT (1 AS ?value) {}", SPARQL_QUERY);
        assertEquals(200, response.statusCode());
        assertTrue(List.of("application/sparql-results+xml", "application/sparql-results+json", "text/csv",
                "text/tab-separated-values").contains(mediaType(response)), Http.contentType(response));
        assertEquals(1, ResultSetMgr.read(new ByteArrayInputStream(response.body()), resultsLang(response)).rewindable().size());
    }

    @Test
    void query_content_type_ask() {
        HttpResponse<byte[]> response = post("/sparql?default-graph-uri=" + enc(D0), "ASK {}", SPARQL_QUERY);
        assertTrue(List.of("application/sparql-results+xml", "application/sparql-results+json").contains(mediaType(response)));
        assertAsk(true, response);
    }

    @Test
    void query_content_type_describe() {
        assertRdf(post("/sparql?default-graph-uri=" + enc(D0), "DESCRIBE <http://example.org/>", SPARQL_QUERY));
    }

    @Test
    void query_content_type_construct() {
        assertRdf(post("/sparql?default-graph-uri=" + enc(D0), "CONSTRUCT { <s> <p> 1 } WHERE {}", SPARQL_QUERY));
    }

    @Test
    void update_dataset_default_graph() {
        String target = "http://example.org/protocol-update-dataset-test/";
        assertEquals(204, update("/update?using-graph-uri=" + enc(D1), FOAF + "CLEAR ALL ;\n"
                + "INSERT DATA { GRAPH <" + D1 + "> { <" + D1 + "> a foaf:Document } } ;\n"
                + "INSERT { GRAPH <" + target + "> { ?s a dc:BibliographicResource } } WHERE { ?s a foaf:Document }").statusCode());
        assertAsk(true, post("/sparql", "ASK { GRAPH <" + target + "> { <" + D1 + "> a <http://purl.org/dc/terms/BibliographicResource> } }",
                SPARQL_QUERY));
    }

    @Test
    void update_dataset_default_graphs() {
        String target = "http://example.org/protocol-update-dataset-graphs-test/";
        assertEquals(204, update("/update?using-graph-uri=" + enc(D1) + "&using-graph-uri=" + enc(D2),
                FOAF + "DROP ALL ;\n" + THREE_DOCUMENTS + " ;\n"
                        + "INSERT { GRAPH <" + target + "> { ?s a dc:BibliographicResource } } WHERE { ?s a foaf:Document }").statusCode());
        assertAsk(true, post("/sparql", firstTwoNotThird(target), SPARQL_QUERY));
    }

    @Test
    void update_dataset_named_graphs() {
        String target = "http://example.org/protocol-update-dataset-named-graphs-test/";
        assertEquals(204, update("/update?using-named-graph-uri=" + enc(D1) + "&using-named-graph-uri=" + enc(D2),
                FOAF + "DROP ALL ;\n" + THREE_DOCUMENTS + " ;\n"
                        + "INSERT { GRAPH <" + target + "> { ?s a dc:BibliographicResource } } WHERE { GRAPH ?g { ?s a foaf:Document } }")
                .statusCode());
        assertAsk(true, post("/sparql", firstTwoNotThird(target), SPARQL_QUERY));
    }

    @Test
    void update_dataset_full() {
        String target = "http://example.org/protocol-update-dataset-full-test/";
        assertEquals(204, update("/update?using-graph-uri=" + enc(D1) + "&using-named-graph-uri=" + enc(D2),
                FOAF + "DROP ALL ;\n" + THREE_DOCUMENTS + " ;\n"
                        + "INSERT { GRAPH <" + target + "> { ?s <http://example.org/in> ?in } }\n"
                        + "WHERE { { GRAPH ?g { ?s a foaf:Document } BIND(?g AS ?in) } UNION { ?s a foaf:Document . BIND(\"default\" AS ?in) } }")
                .statusCode());
        assertAsk(true, post("/sparql", "ASK { GRAPH <" + target + "> {\n"
                + "  <" + D1 + "> <http://example.org/in> \"default\" .\n"
                + "  <" + D2 + "> <http://example.org/in> <" + D2 + "> . }\n"
                + "FILTER NOT EXISTS { GRAPH <" + target + "> { <" + D3 + "> ?p ?o } } }", SPARQL_QUERY));
    }

    @Test
    void update_post_form() {
        assertEquals(204, post("/update", "update=CLEAR+ALL", FORM, "Authorization", Writable.BEARER).statusCode());
        assertAsk(false, get("/sparql?query=" + enc("ASK { GRAPH ?g { ?s ?p ?o } }")));
    }

    @Test
    void update_post_direct() {
        assertEquals(204, update("/update", "CLEAR ALL").statusCode());
        assertAsk(false, get("/sparql?query=" + enc("ASK { ?s ?p ?o }")));
    }

    @Test
    void update_base_uri() {
        String graph = "http://example.org/protocol-base-test/";
        assertEquals(204, update("/update", "CLEAR SILENT GRAPH <" + graph + "> ;\n"
                + "INSERT DATA { GRAPH <" + graph + "> { <http://example.org/s> <http://example.org/p> <test> } }").statusCode());
        assertAsk(true, post("/sparql", "ASK { GRAPH <" + graph + "> { <http://example.org/s> <http://example.org/p> ?o"
                + " FILTER (isIRI(?o) && STR(?o) != \"test\") } }", SPARQL_QUERY));
        // The service's base is the store's base.
        assertAsk(true, get("/sparql?query=" + enc("ASK { GRAPH ?g { ?s ?p <" + FerryStrike.BASE + "test> } }")));
    }

    @Test
    void query_post_direct() {
        assertAsk(true, post("/sparql", "ASK {}", SPARQL_QUERY));
    }

    @Test
    void bad_query_method() {
        assert4xx(Http.send(root, "PUT", "/sparql?query=ASK%20%7B%7D&default-graph-uri=" + enc(D0), "", "Content-Type", FORM));
    }

    @Test
    void bad_multiple_queries() {
        assert4xx(get("/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D"));
    }

    @Test
    void bad_query_wrong_media_type() {
        assert4xx(post("/sparql", "ASK {}", "text/plain"));
    }

    @Test
    void bad_query_missing_form_type() {
        assert4xx(Http.send(root, "POST", "/sparql", "query=ASK%20%7B%7D"));
    }

    @Test
    void bad_query_missing_direct_type() {
        assert4xx(Http.send(root, "POST", "/sparql", "ASK {}"));
    }

    @Test
    void bad_query_non_utf8() {
        assert4xx(Http.send(root, "POST", "/sparql", "ASK {}", StandardCharsets.UTF_16, "Content-Type", SPARQL_QUERY + "; charset=UTF-16"));
    }

    @Test
    void bad_query_syntax() {
        assert4xx(get("/sparql?query=ASK%20%7B"));
    }

    @Test
    void bad_update_get() {
        assert4xx(Http.send(root, "GET", "/update?update=CLEAR%20ALL", null, "Authorization", Writable.BEARER));
        assertAsk(true, get("/sparql?query=" + enc("ASK { ?s ?p ?o }")));
    }

    @Test
    void bad_multiple_updates() {
        assert4xx(post("/update", "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", FORM, "Authorization", Writable.BEARER));
    }

    @Test
    void bad_update_wrong_media_type() {
        assert4xx(post("/update", "CLEAR NAMED", "text/plain", "Authorization", Writable.BEARER));
    }

    @Test
    void bad_update_missing_form_type() {
        assert4xx(Http.send(root, "POST", "/update", "update=CLEAR%20NAMED", "Authorization", Writable.BEARER));
    }

    @Test
    void bad_update_non_utf8() {
        assert4xx(Http.send(root, "POST", "/update", "CLEAR NAMED", StandardCharsets.UTF_16,
                "Content-Type", SPARQL_UPDATE + "; charset=UTF-16", "Authorization", Writable.BEARER));
    }

    @Test
    void bad_update_syntax() {
        assert4xx(post("/update", "update=CLEAR%20XYZ", FORM, "Authorization", Writable.BEARER));
    }

    @Test
    void bad_update_dataset_conflict() {
        assert4xx(update("/update?using-named-graph-uri=" + enc("http://example/people"), FOAF
                + "WITH <http://example/addresses>\nDELETE { ?person foaf:givenName 'Bill' }\n"
                + "INSERT { ?person foaf:givenName 'William' }\nWHERE { ?person foaf:givenName 'Bill' }"));
    }

    private static String inTwoGraphs() {
        return "ASK { GRAPH ?g1 { <" + D1 + "> a ?type } GRAPH ?g2 { <" + D2 + "> a ?type } }";
    }

    private static String firstTwoNotThird(String target) {
        String resource = "a <http://purl.org/dc/terms/BibliographicResource>";
        return "ASK { GRAPH <" + target + "> { <" + D1 + "> " + resource + " . <" + D2 + "> " + resource + " . }\n"
                + "FILTER NOT EXISTS { GRAPH <" + target + "> { <" + D3 + "> " + resource + " } } }";
    }

    private HttpResponse<byte[]> get(String pathAndQuery) {
        return Http.send(root, "GET", pathAndQuery, null);
    }

    private HttpResponse<byte[]> post(String pathAndQuery, String body, String contentType, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = contentType;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return Http.send(root, "POST", pathAndQuery, body, all);
    }

    private HttpResponse<byte[]> update(String pathAndQuery, String update) {
        return post(pathAndQuery, update, SPARQL_UPDATE, "Authorization", Writable.BEARER);
    }

    private void update(String update) {
        HttpResponse<byte[]> response = update("/update", update);
        assertEquals(204, response.statusCode(), () -> Http.text(response));
    }

    private static void assertAsk(boolean expected, HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> Http.text(response));
        assertEquals(expected, ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body()), resultsLang(response)));
    }

    private static void assertRdf(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> Http.text(response));
        Lang lang = RDFLanguages.contentTypeToLang(mediaType(response));
        assertTrue(List.of(Lang.RDFXML, Lang.TURTLE, Lang.NTRIPLES).contains(lang), Http.contentType(response));
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).toGraph();
    }

    private static void assert4xx(HttpResponse<byte[]> response) {
        assertEquals(4, response.statusCode() / 100, () -> response.statusCode() + " " + Http.text(response));
    }

    private static Lang resultsLang(HttpResponse<byte[]> response) {
        return ResultSetLang.RS_JSON.getContentType().getContentTypeStr().equals(mediaType(response))
                ? ResultSetLang.RS_JSON : RDFLanguages.contentTypeToLang(mediaType(response));
    }

    private static String mediaType(HttpResponse<byte[]> response) {
        return Http.contentType(response).split(";")[0].strip();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
