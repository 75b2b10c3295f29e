package org.newsgraph.sparql.explore;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The exploration's HTML pages, and the links and pictures the linked-data pages gain, over {@link Summits}. */
@QuarkusTest
@WithTestResource(ExploreStore.class)
class ExplorePagesTest {
    private static final String HTML = "text/html";
    private static final String BRANDT = Summits.iri("id/person/karl-brandt");

    @Test
    void theIndexListsStoriesAndTheTopPairs() {
        given().get("/explore").then().statusCode(200).contentType(startsWith(HTML))
                .body(allOf(containsString("Harbour talks"), containsString("Coastguard week"),
                        containsString("/explore/story?story=" + ExploreLinks.encoded(Summits.iri("id/story/border-dispute"))),
                        containsString(">Sylvania</a></td><td><a href=\"/explore/entity?entity="
                                + ExploreLinks.encoded(Summits.iri("id/person/ines-varga")) + "\">Ines Varga</a></td><td>2</td><td>2</td>")));
    }

    @Test
    void anEntityPageShowsItsTimelineNeighboursCompanionsAndPictures() {
        given().queryParam("entity", BRANDT).get("/explore/entity").then().statusCode(200)
                .body(allOf(containsString("<h1 id=\"title\">Karl Brandt</h1>"),
                        containsString("(4 of 4 events)"),
                        containsString("Karl Brandt said: &quot;The harbour must stay open.&quot;"),
                        containsString("data-relation=\"met\">met <small>(2)</small>"),
                        containsString("data-relation=\"at\">was at <small>(2)</small>"),
                        containsString("id=\"pictures\" data-entity=\"" + BRANDT + "\""),
                        containsString("/explore/pictures.js"),
                        // a link to an IRI under the base is a local path: the service does not run at the base
                        containsString("href=\"/id/event/statement/brandt-harbour-open\"")));
    }

    @Test
    void thePathsAndStorylinePagesShowTheirAnswers() {
        given().queryParam("from", Summits.iri("id/person/ines-varga")).queryParam("to", Summits.iri("id/person/mara-olsen"))
                .get("/explore/paths").then().statusCode(200)
                .body(containsString("3 shortest paths of 2 hops."));
        given().queryParam("from", Summits.iri("id/person/ines-varga")).queryParam("to", Summits.iri("id/country/freedonia"))
                .get("/explore/paths").then().statusCode(200)
                .body(containsString("No path of at most 4 hops."));
        given().queryParam("story", "id/story/border-dispute").get("/explore/story").then().statusCode(200)
                .body(allOf(containsString("<h1 id=\"title\">Border dispute</h1>"),
                        containsString("class=\"also-in\"><a href=\"/explore/story?story="
                                + ExploreLinks.encoded(Summits.iri("id/story/harbour-talks")) + "\">Harbour talks</a>")));
    }

    @Test
    void aBadOrUnknownIriIsAnHtmlPageWithItsStatus() {
        given().queryParam("entity", "x> } {").get("/explore/entity").then().statusCode(400).contentType(startsWith(HTML))
                .body(containsString("entity is not an IRI"));
        given().queryParam("story", BRANDT).get("/explore/story").then().statusCode(404).contentType(startsWith(HTML))
                .body(containsString("The store knows no story " + BRANDT));
    }

    @Test
    void linkedDataPagesLinkToTheExplorationAndDrawTheirPictures() {
        given().accept(HTML).get("/id/person/karl-brandt").then().statusCode(200)
                .body(allOf(containsString("id=\"explore-link\" href=\"/explore/entity?entity=" + ExploreLinks.encoded(BRANDT)),
                        containsString("id=\"pictures\""), containsString("/explore/pictures.js")));
        given().accept(HTML).get("/id/story/harbour-talks").then().statusCode(200)
                .body(allOf(containsString("id=\"storyline-link\""), not(containsString("id=\"pictures\""))));
        given().accept(HTML).get("/id/event/meeting/brandt-olsen-strait").then().statusCode(200)
                .body(allOf(not(containsString("explore-link")), not(containsString("id=\"pictures\""))));
    }
}
