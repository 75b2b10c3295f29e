package org.newsgraph.sparql.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.TestStore;

/** GET /search over a real TDB2 folder: JSON and the HTML search box. */
@QuarkusTest
@WithTestResource(TestStore.class)
class SearchResourceTest {
    private static final String STORY = "http://example.org/id/story/ferry-strike";

    @Test
    void jsonListsTheMatchingPostsWithTheirStoryBestFirst() {
        JsonObject answer = json(given().queryParam("q", "crossings").get("/search").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString());
        assertEquals("crossings", answer.get("query").getAsString().value());
        JsonArray hits = answer.get("hits").getAsArray();
        // "Crossings cancelled" matches in its headline and its body ("crossing" and "crossings" stem alike).
        assertEquals(List.of("headline", "body"), hits.stream().map(h -> text(h, "field")).sorted(java.util.Comparator.reverseOrder()).toList());
        for (JsonValue hit : hits) {
            assertEquals("Crossings cancelled", text(hit, "headline"));
            assertEquals(STORY, text(hit, "story"));
            assertEquals("Ferry strike", text(hit, "storyTitle"));
            assertEquals(text(hit, "iri"), text(hit, "post"));
        }
        assertEquals(true, text(hits.get(0), "snippet").contains("<mark>"), "the matched word is marked");
    }

    @Test
    void aSparqlSearchOverARequestsOwnDatasetFindsOnlyWhatItsGraphsHold() {
        String query = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX text: <http://jena.apache.org/text#>"
                + " SELECT ?s { ?s text:query (ng:body 'ferries OR islands') } ORDER BY ?s";
        String islands = "http://example.org/id/post/ferry-strike/202503140730";
        assertEquals(List.of("s", islands, "http://example.org/id/post/ferry-strike/202503140810"),
                given().accept("text/csv").queryParam("query", query).get("/sparql").asString().lines().toList(), "the whole store");
        assertEquals(List.of("s", islands), given().accept("text/csv").queryParam("query", query)
                .queryParam("default-graph-uri", "http://example.org/graph/post/ferry-strike/202503140730")
                .get("/sparql").asString().lines().toList(), "one post's graph");
    }

    @Test
    void theWordsAreBoundAsAValueAndReadAsALuceneQuery() {
        JsonArray both = json(given().queryParam("q", "ferries OR islands").get("/search").asString()).get("hits").getAsArray();
        assertEquals(2, both.size());
        JsonArray none = json(given().queryParam("q", "ferries AND islands").get("/search").asString()).get("hits").getAsArray();
        assertEquals(0, none.size());
        // SPARQL in the words stays words: nothing is spliced into the query.
        JsonArray injected = json(given().queryParam("q", "x\") } ?s ?p ?o { (\"").get("/search").asString())
                .get("hits").getAsArray();
        assertEquals(0, injected.size());
        given().queryParam("q", "\"unclosed").get("/search").then().statusCode(400).body(containsString("Not a search"));
        given().get("/search").then().statusCode(400);
        given().queryParam("q", "ferries").queryParam("limit", "0").get("/search").then().statusCode(400);
        given().queryParam("q", "ferries").queryParam("limit", "1").get("/search").then().statusCode(200);
    }

    @Test
    void aBrowserGetsTheSearchBoxAndItsHitsWithEscapedText() {
        given().accept("text/html").get("/search").then().statusCode(200).contentType(startsWith("text/html"))
                .body(allOf(containsString("<form"), containsString("name=\"q\""), not(containsString("id=\"hits\""))));
        given().accept("text/html").queryParam("q", "union <b>").get("/search").then().statusCode(200)
                .body(allOf(containsString("value=\"union &lt;b&gt;\""),
                        containsString("href=\"/id/post/ferry-strike/"),
                        containsString("Minister meets union"),
                        containsString("Seafarers&#39; <mark>Union</mark>"),
                        not(containsString("<b>"))));
        given().queryParam("q", "\"unclosed").queryParam("format", "html").get("/search").then().statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("id=\"problem\""));
    }

    private static JsonObject json(String body) {
        return JSON.parse(body);
    }

    private static String text(JsonValue hit, String key) {
        return hit.getAsObject().get(key).getAsString().value();
    }
}
