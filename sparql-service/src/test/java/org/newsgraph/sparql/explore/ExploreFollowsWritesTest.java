package org.newsgraph.sparql.explore;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.ontology.NG;

/**
 * The exploration answers from the store as it is now: a meeting written through /update shows
 * in neighbours, co-occurrence, paths and the store's top pairs at once, and goes when its graph
 * is dropped.
 */
@QuarkusTest
@TestProfile(ExploreFollowsWritesTest.Editable.class)
@WithTestResource(ExploreStore.class)
class ExploreFollowsWritesTest {
    private static final String TOKEN = "explore-editor-7d2e";
    private static final String OLSEN = Summits.iri("id/person/mara-olsen");
    private static final String VULGARIA = Summits.iri("id/country/vulgaria");
    private static final String GRAPH = Summits.iri("graph/test/strait-meetings");

    public static class Editable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.write-token", TOKEN);
        }
    }

    @Test
    void writtenEventsShowAtOnceAndDroppedOnesGo() {
        assertFalse(companions(OLSEN).contains("Vulgaria"), "no event puts Olsen with Vulgaria yet");
        assertEquals(0, pathsBetween(OLSEN, VULGARIA));

        update("PREFIX ng: <" + NG.NS + "> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                + "INSERT DATA { GRAPH <" + GRAPH + "> {\n"
                + meeting(1) + meeting(2) + meeting(3)
                + "  <" + Summits.iri("post/test-strait") + "> ng:publishedAt \"2025-04-02T09:00:00Z\"^^xsd:dateTime .\n"
                + "} }");
        List<String> companions = companions(OLSEN);
        assertEquals("Vulgaria", companions.get(0), "three meetings: her most frequent companion");
        JsonPath neighbours = get("/api/explore/neighbours?entity=" + OLSEN);
        assertTrue(neighbours.getList("relations.find { it.relation == 'met' }.neighbours.entity.label").contains("Vulgaria"));
        assertEquals(3, pathsBetween(OLSEN, VULGARIA), "one path through each meeting");
        JsonPath top = get("/api/explore/cooccurrence?limit=1");
        assertEquals(3, top.getInt("pairs[0].events"), "the store's top pair is the new one");

        update("DROP GRAPH <" + GRAPH + ">");
        assertFalse(companions(OLSEN).contains("Vulgaria"));
        assertEquals(0, pathsBetween(OLSEN, VULGARIA));
        assertTrue(get("/api/explore/cooccurrence?limit=1").getInt("pairs[0].events") < 3);
    }

    private static String meeting(int n) {
        String event = "<" + Summits.iri("id/event/meeting/test-strait-" + n) + ">";
        return "  " + event + " a ng:Meeting , ng:Event ; ng:participant <" + OLSEN + "> , <" + VULGARIA + "> ;"
                + " ng:mentionedIn <" + Summits.iri("post/test-strait") + "> .\n";
    }

    private static List<String> companions(String entity) {
        return get("/api/explore/cooccurrence?entity=" + entity).getList("pairs.b.label");
    }

    private static int pathsBetween(String from, String to) {
        return get("/api/explore/paths?maxLength=1&from=" + from + "&to=" + to).getList("paths").size();
    }

    private static void update(String update) {
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/sparql-update; charset=utf-8").body(update.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/update").then().log().ifValidationFails().statusCode(204);
    }

    private static JsonPath get(String url) {
        return given().get(url).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }
}
