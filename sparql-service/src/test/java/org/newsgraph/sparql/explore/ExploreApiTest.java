package org.newsgraph.sparql.explore;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exploration's JSON over {@link Summits}' stories in a real TDB2 store, through the running service. */
@QuarkusTest
@WithTestResource(ExploreStore.class)
class ExploreApiTest {
    private static final String VARGA = Summits.iri("id/person/ines-varga");
    private static final String BRANDT = Summits.iri("id/person/karl-brandt");
    private static final String OLSEN = Summits.iri("id/person/mara-olsen");
    private static final String PORT = Summits.iri("id/place/port-ardent");
    private static final String SYLVANIA = Summits.iri("id/country/sylvania");
    private static final String PLEDGE = Summits.iri("id/event/pledge/freedonia-seafarers-union-eur-20m");

    @Inject
    Timelines timelines;

    @Test
    void aTimelineOrdersEventsByTheirTimeElseTheirFirstReport() {
        JsonPath t = get("/api/explore/timeline?entity=" + BRANDT);
        assertEquals("Karl Brandt", t.getString("entity.label"));
        assertEquals("Person", t.getString("entity.kind"));
        assertEquals(4, t.getInt("total"));
        assertEquals(List.of("Meeting", "Statement", "Meeting", "Meeting"), t.getList("events.type"));
        // the first meeting is dated 10 Mar by the text (midnight UTC), before the statement's post at 13:00
        assertEquals(List.of("2025-03-10", "2025-03-10T13:00:00+01:00", "2025-03-11T12:00:00+01:00",
                "2025-03-12T17:00:00+01:00"), t.getList("events.time"));
        assertEquals(List.of("event", "post", "post", "event"), t.getList("events.timeFrom"));
        assertEquals(List.of("speaker"), t.getList("events[1].parts"));
        assertEquals(List.of("participant"), t.getList("events[0].parts"));
        assertEquals("Meeting: Ines Varga, Karl Brandt at Port Ardent", t.getString("events[0].label"), "the chair first");
        assertEquals(List.of("chair"), t.getList("events[0].actors[0].parts"));
        assertEquals("Brandt speaks", t.getString("events[1].posts[0].headline"));
        assertEquals("Karl Brandt said: \"The harbour must stay open.\"", t.getString("events[1].summary"));
        assertEquals(List.of("Border dispute"), t.getList("events[2].stories.title"));

        JsonPath first = get("/api/explore/timeline?limit=2&entity=" + BRANDT);
        assertEquals(4, first.getInt("total"));
        assertEquals(List.of("Meeting", "Statement"), first.getList("events.type"));
    }

    @Test
    void anEventReportedInTwoStoriesIsOneEventWithBoth() {
        JsonPath t = get("/api/explore/timeline?entity=id/country/freedonia");
        assertEquals(1, t.getInt("total"));
        assertEquals(PLEDGE, t.getString("events[0].iri"));
        assertEquals(List.of("pledger"), t.getList("events[0].parts"));
        assertEquals(List.of("Freedonia pledges ferry fund", "Ferry pledge confirmed"), t.getList("events[0].posts.headline"));
        assertEquals(List.of("Harbour talks", "Border dispute"), t.getList("events[0].stories.title"));
    }

    @Test
    void neighboursAreGroupedByRelationWithCounts() {
        JsonPath port = get("/api/explore/neighbours?entity=" + PORT);
        assertEquals(List.of("visited-by", "attacked-by", "scene-of"), port.getList("relations.relation"));
        assertEquals(List.of("Mara Olsen"), port.getList("relations[0].neighbours.entity.label"));
        assertEquals(List.of("Vulgaria"), port.getList("relations[1].neighbours.entity.label"));
        assertEquals(List.of("Ines Varga", "Karl Brandt"), port.getList("relations[2].neighbours.entity.label"));

        JsonPath brandt = get("/api/explore/neighbours?entity=" + BRANDT);
        assertEquals(List.of("met", "at"), brandt.getList("relations.relation"));
        assertEquals(List.of("Ines Varga", "Mara Olsen"), brandt.getList("relations[0].neighbours.entity.label"));
        assertEquals(List.of(2, 1), brandt.getList("relations[0].neighbours.events"));
        assertEquals("2025-03-10", brandt.getString("relations[0].neighbours[0].first"));
        assertEquals("2025-03-12T17:00:00+01:00", brandt.getString("relations[0].neighbours[0].last"));

        JsonPath union = get("/api/explore/neighbours?entity=id/organisation/seafarers-union");
        assertEquals(List.of("received-from"), union.getList("relations.relation"));
        assertEquals(1, union.getInt("relations[0].neighbours[0].events"), "the pledge reported twice is one event");

        JsonPath coastguard = get("/api/explore/neighbours?limit=5&entity=id/organisation/northern-coastguard");
        assertEquals(List.of("met", "pledged-to", "accused-by"), coastguard.getList("relations.relation"));
        assertEquals(List.of(69, 66, 66), coastguard.getList("relations.total"));
        assertEquals(5, coastguard.getList("relations[0].neighbours").size());
    }

    @Test
    void theNeighbourhoodGraphKeepsTheMostConnectedAndTheTimesOfEachEdge() {
        JsonPath all = get("/api/explore/neighbourhood?entity=id/organisation/northern-coastguard");
        // 201 delegates, one event each: the 200 kept are the first by IRI, so Rosa Lund is left out
        assertEquals(Summits.DELEGATES, all.getInt("total"));
        assertEquals(201, all.getList("nodes").size());
        assertEquals(200, all.getList("edges").size());
        assertEquals("Northern Coastguard", all.getString("nodes[0].entity.label"));
        assertTrue(!all.getList("nodes.entity.label").contains("Rosa Lund"));
        assertTrue(all.getList("nodes.entity.label").contains("Rosa Krause"));
        JsonPath brandt = get("/api/explore/neighbourhood?limit=1&entity=" + BRANDT);
        assertEquals(List.of("Karl Brandt", "Ines Varga"), brandt.getList("nodes.entity.label"));
        assertEquals(List.of("2025-03-10", "2025-03-12T17:00:00+01:00"), brandt.getList("edges[0].times"));
    }

    @Test
    void coOccurrenceCountsSharedEventsAndStories() {
        JsonPath brandt = get("/api/explore/cooccurrence?entity=" + BRANDT);
        assertEquals(List.of("Ines Varga", "Sylvania", "Mara Olsen", "Port Ardent"), brandt.getList("pairs.b.label"));
        assertEquals(List.of(2, 1, 1, 1), brandt.getList("pairs.events"));
        // Sylvania is named with Brandt's role in every post about him, in all three stories
        assertEquals(List.of(2, 3, 2, 2), brandt.getList("pairs.stories"));

        JsonPath top = get("/api/explore/cooccurrence?limit=2");
        assertNull(top.get("entity"));
        assertEquals(List.of(SYLVANIA, VARGA), top.getList("pairs.a.iri"));
        assertEquals(List.of(VARGA, BRANDT), top.getList("pairs.b.iri"));
        assertEquals(List.of(2, 2), top.getList("pairs.events"));
    }

    @Test
    void theShortestPathsGoThroughEvents() {
        JsonPath p = get("/api/explore/paths?from=" + VARGA + "&to=" + OLSEN);
        assertEquals(2, p.getInt("length"));
        assertEquals(3, p.getList("paths").size());
        assertEquals(List.of("Karl Brandt", "Port Ardent", "Karl Brandt"), p.getList("paths.collect { it.hops[0].to.label }"));
        assertEquals(List.of("Meeting", "Meeting", "Meeting"), p.getList("paths.collect { it.hops[0].event.type }"));
        assertEquals(List.of("Meeting", "Visit", "Meeting"), p.getList("paths.collect { it.hops[1].event.type }"));
        assertEquals(List.of(OLSEN, OLSEN, OLSEN), p.getList("paths.collect { it.hops[1].to.iri }"));

        JsonPath back = get("/api/explore/paths?from=" + OLSEN + "&to=" + VARGA);
        assertEquals(2, back.getInt("length"));
        assertEquals(3, back.getList("paths").size());
        assertEquals(List.of(VARGA, VARGA, VARGA), back.getList("paths.collect { it.hops[1].to.iri }"));

        JsonPath none = get("/api/explore/paths?from=" + VARGA + "&to=id/country/freedonia");
        assertNull(none.get("length"));
        assertTrue(none.getBoolean("complete"));
        assertEquals(0, none.getList("paths").size());

        JsonPath shorter = get("/api/explore/paths?maxLength=1&from=" + VARGA + "&to=" + OLSEN);
        assertNull(shorter.get("length"));
        JsonPath direct = get("/api/explore/paths?maxLength=1&from=" + VARGA + "&to=" + PORT);
        assertEquals(1, direct.getInt("length"));
        assertEquals(List.of(Summits.iri("id/event/meeting/harbour-talks-varga-brandt")),
                direct.getList("paths.collect { it.hops[0].event.iri }"));
    }

    @Test
    void aStorylineListsItsEventsInOrderLinkedToOtherStories() {
        JsonPath s = get("/api/explore/storyline?story=id/story/border-dispute");
        assertEquals("Border dispute", s.getString("story.title"));
        assertEquals(3, s.getInt("total"));
        // the pledge has no date: it stands where this story first reported it, 10:00 on 11 Mar
        assertEquals(List.of("Accusation", "Pledge", "Meeting"), s.getList("events.event.type"));
        assertEquals(List.of(), s.getList("events[0].otherStories"));
        assertEquals(List.of(Summits.iri("id/story/harbour-talks")), s.getList("events[1].otherStories.iri"));
        assertEquals("2025-03-10T11:00:00+01:00", s.getString("events[1].otherStories[0].firstMention"));

        JsonPath talks = get("/api/explore/storyline?story=" + Summits.iri("id/story/harbour-talks"));
        assertEquals(List.of("Meeting", "Pledge", "Statement"), talks.getList("events.event.type"));
        assertEquals(List.of("Border dispute"), talks.getList("events[1].otherStories.title"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/explore/timeline                                          | 400 | Give an IRI as entity=",
            "/api/explore/timeline?entity=not an iri                        | 400 | entity is not",
            "/api/explore/timeline?entity=http://example.org/id/person/nobody | 404 | no person, organisation, country or place",
            "/api/explore/storyline?story=http://example.org/id/person/ines-varga | 404 | no story",
            "/api/explore/neighbours?limit=0&entity=id/person/ines-varga   | 400 | limit must be between 1 and 500",
            "/api/explore/cooccurrence?limit=501                            | 400 | limit must be between 1 and 500",
            "/api/explore/paths?maxLength=7&from=id/person/ines-varga&to=id/person/mara-olsen | 400 | maxLength must be between 1 and 6",
            "/api/explore/paths?from=id/person/ines-varga                   | 400 | Give an IRI as to="})
    void badRequestsAreRefusedWithAMessage(String url, int status, String message) {
        String[] parts = url.split("\\?", 2);
        var request = given().urlEncodingEnabled(true);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request = request.queryParam(kv[0], kv[1]);
            }
        }
        request.get(parts[0]).then().statusCode(status).contentType(containsString("application/json"))
                .body("error", containsString(message));
    }

    @Test
    void aMaliciousIriIsAValueNeverQueryText() {
        // An IRI that would close the pattern and match every event if pasted into the query.
        String injected = BRANDT + "> . ?event ?part ?any } UNION { ?event ?part ?any";
        given().queryParam("entity", injected).get("/api/explore/timeline").then().statusCode(400)
                .body("error", containsString("entity is not an IRI"));
        // Quotes and parentheses are legal in an IRI: it parses, is looked up as one node, and is unknown.
        given().queryParam("entity", BRANDT + "')+UNION+('1'='1").get("/api/explore/neighbours").then().statusCode(404);
        // Even past the parser, the text is one node bound as a value: it matches nothing, not every event.
        Timeline bound = timelines.of(NodeFactory.createURI(injected), 500);
        assertEquals(0, bound.total());
        assertEquals(4, timelines.of(NodeFactory.createURI(BRANDT), 500).total());
    }

    @Test
    void theRoutesAreInTheOpenApiDocument() {
        String document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        for (String route : List.of("timeline", "neighbours", "neighbourhood", "cooccurrence", "paths", "storyline")) {
            assertTrue(document.contains("\"/api/explore/" + route + "\""), route);
        }
        assertTrue(document.contains("\"Timeline\""), "the answers' schemas are documented");
    }

    private static JsonPath get(String url) {
        return given().urlEncodingEnabled(true).get(url).then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath();
    }
}
