package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graph IRIs in request parameters may be relative: the Graph Store's {@code graph} and the
 * update's {@code using-graph-uri} and {@code using-named-graph-uri} resolve against the
 * service's base (newsgraph.base, {@link FerryStrike#BASE} here); a value that is no IRI is 400
 * with a message that names the parameter.
 */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class RelativeGraphIrisTest {
    private static final String NOTE = "<http://example.org/note/relative> <http://www.w3.org/2000/01/rdf-schema#comment> \"kept\" .\n";

    @Test
    void aGraphStoreGraphNamedRelativelyIsTheGraphUnderTheBase() {
        writer().contentType("application/n-triples").body(NOTE.getBytes(StandardCharsets.UTF_8))
                .queryParam("graph", "graph/relative-notes").put("/data").then().statusCode(201);
        String absolute = FerryStrike.BASE + "graph/relative-notes";
        assertEquals(1, Sparql.graph(given().queryParam("graph", absolute).accept("application/n-triples").get("/data"),
                Lang.NTRIPLES).size());
        assertEquals(List.of(absolute), Sparql.column(Sparql.get("SELECT ?g { GRAPH ?g { <http://example.org/note/relative> ?p ?o } }",
                null), ResultSetLang.RS_JSON, "g"));
        given().queryParam("graph", "/graph/relative-notes").head("/data").then().statusCode(200);
        writer().queryParam("graph", "graph/relative-notes").delete("/data").then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"graph/a b", "http://example.org/a#b#c", "<graph/notes>", "%zz", ""})
    void aGraphStoreGraphThatIsNoIriIs400NamingTheParameter(String graph) {
        given().queryParam("graph", graph).get("/data").then().statusCode(400).body(containsString("graph parameter"));
        writer().contentType("application/n-triples").body(NOTE.getBytes(StandardCharsets.UTF_8)).queryParam("graph", graph)
                .put("/data").then().statusCode(400).body(containsString("graph parameter"));
    }

    @Test
    void datasetGraphUrisResolveAgainstTheBase() {
        writer().contentType("application/n-triples").body(NOTE.getBytes(StandardCharsets.UTF_8))
                .queryParam("graph", "graph/relative-dataset").put("/data").then().statusCode(201);
        given().queryParam("query", "ASK { <http://example.org/note/relative> ?p \"kept\" }")
                .queryParam("default-graph-uri", "graph/relative-dataset").get("/sparql").then().statusCode(200)
                .body(containsString("true"));
        given().queryParam("query", "ASK { GRAPH <" + FerryStrike.BASE + "graph/relative-dataset> { ?s ?p \"kept\" } }")
                .queryParam("named-graph-uri", "graph/relative-dataset").get("/sparql").then().statusCode(200)
                .body(containsString("true"));
        writer().queryParam("graph", "graph/relative-dataset").delete("/data").then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default-graph-uri", "named-graph-uri"})
    void aDatasetGraphUriThatIsNoIriIs400NamingTheParameter(String parameter) {
        given().queryParam("query", "ASK {}").queryParam(parameter, "graph/a b").get("/sparql").then().statusCode(400)
                .body(allOf(containsString(parameter), containsString("not an IRI")));
    }

    @Test
    void usingGraphUrisResolveAgainstTheBase() {
        update(null, "INSERT DATA { GRAPH <http://example.org/graph/using-source> { <http://example.org/s> <http://example.org/p> 1 } }")
                .then().statusCode(204);
        update("using-graph-uri=graph/using-source", "INSERT { GRAPH <http://example.org/graph/using-copy> { ?s ?p ?o } }"
                + " WHERE { ?s ?p ?o }").then().statusCode(204);
        update("using-named-graph-uri=graph/using-source", "INSERT { GRAPH <http://example.org/graph/using-named-copy> { ?s ?p ?g } }"
                + " WHERE { GRAPH ?g { ?s ?p ?o } }").then().statusCode(204);
        assertTrue(Sparql.get("ASK { GRAPH <http://example.org/graph/using-copy> { <http://example.org/s> <http://example.org/p> 1 } }",
                null).asString().contains("true"), "the USING graph was the source graph");
        assertTrue(Sparql.get("ASK { GRAPH <http://example.org/graph/using-named-copy> { <http://example.org/s> <http://example.org/p>"
                + " <http://example.org/graph/using-source> } }", null).asString().contains("true"), "the USING NAMED graph was the source graph");
        update(null, "DROP GRAPH <http://example.org/graph/using-source> ; DROP GRAPH <http://example.org/graph/using-copy> ;"
                + " DROP GRAPH <http://example.org/graph/using-named-copy>").then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"using-graph-uri", "using-named-graph-uri"})
    void aUsingGraphUriThatIsNoIriIs400NamingTheParameter(String parameter) {
        update(parameter + "=graph%2Fa%20b", "INSERT DATA { GRAPH <http://example.org/graph/never> { <http://example.org/s> <http://example.org/p> 1 } }")
                .then().statusCode(400).body(allOf(containsString(parameter), containsString("not an IRI")));
        assertTrue(Sparql.get("ASK { GRAPH <http://example.org/graph/never> { ?s ?p ?o } }", null).asString().contains("false"),
                "a refused update changes nothing");
    }

    /** A direct update POST with the credential, and the URL's query string, or none when null. */
    private static Response update(String query, String update) {
        return writer().contentType("application/sparql-update; charset=utf-8").body(update.getBytes(StandardCharsets.UTF_8))
                .urlEncodingEnabled(false).post(query == null ? "/update" : "/update?" + query);
    }

    private static RequestSpecification writer() {
        return given().header("Authorization", Writable.BEARER);
    }
}
