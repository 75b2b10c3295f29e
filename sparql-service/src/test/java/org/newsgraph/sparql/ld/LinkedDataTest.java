package org.newsgraph.sparql.ld;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ontology.NG;
import org.newsgraph.sparql.TestStore;

/** Every IRI under the base dereferences at /id/..., as HTML or RDF by Accept, over a real TDB2 folder. */
@QuarkusTest
@WithTestResource(TestStore.class)
class LinkedDataTest {
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String TALKS = "Ines Varga met the Seafarers' Union at the port.";

    @Test
    void aPersonPageShowsNamesRolesAndEventsWithTheirEvidence() {
        String meetingPost = Fixture.post("Minister meets union");
        given().accept(HTML).get("/id/person/ines-varga").then().statusCode(200)
                .contentType(startsWith("text/html")).header("Vary", containsString("Accept"))
                .body(allOf(containsString("<h1 id=\"title\">Ines Varga</h1>"),
                        containsString("Varga"),                                  // alias
                        containsString("Transport Minister"),                     // role title
                        containsString("href=\"/id/country/freedonia\">Freedonia</a>"), // role of, a local link
                        containsString("Meeting"),
                        containsString("Ines Varga met the Seafarers&#39; Union at the port."),
                        containsString("href=\"" + Fixture.local(meetingPost) + "\""),
                        containsString("?format=turtle"), containsString("?format=jsonld")));
    }

    @Test
    void aPersonInTurtleHasItsTriplesItsEventsAndItsNeighboursLabels() {
        Graph person = Fixture.graph(rdf("/id/person/ines-varga", "text/turtle", Lang.TURTLE), Lang.TURTLE);
        Node ines = uri("id/person/ines-varga");
        Node meeting = uri("id/event/meeting/meeting-ines-varga-seafarers-union");
        assertTrue(person.contains(ines, RDFS.label.asNode(), NodeFactory.createLiteralString("Ines Varga")));
        assertTrue(person.contains(ines, NG.alias.asNode(), NodeFactory.createLiteralString("Varga")));
        assertTrue(person.contains(meeting, NG.participant.asNode(), ines), "the events she took part in");
        assertTrue(person.contains(meeting, RDF.type.asNode(), NG.Meeting.asNode()));
        assertTrue(person.contains(Node.ANY, NG.text.asNode(), NodeFactory.createLiteralString(TALKS)), "the evidence");
        assertTrue(person.contains(uri("id/country/freedonia"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("Freedonia")), "the label of the country of her role");
        assertTrue(person.contains(Node.ANY, NG.title.asNode(), NodeFactory.createLiteralString("Transport Minister")));
        assertTrue(person.contains(uri("id/organisation/seafarers-union"), RDF.type.asNode(), NG.Organisation.asNode()),
                "the type of the other participant");
        assertFalse(person.contains(uri("id/organisation/seafarers-union"), NG.mentionedIn.asNode(), Node.ANY),
                "a neighbour is named, not described");
    }

    /** The same lookup gives every format: all RDF forms parse to the same graph. */
    @ParameterizedTest
    @CsvSource({"/id/person/ines-varga", "/id/country/freedonia", "/id/event/meeting/meeting-ines-varga-seafarers-union",
            "/id/story/ferry-strike"})
    void everyRdfFormatGivesTheSameGraph(String path) {
        Graph turtle = Fixture.graph(rdf(path, "text/turtle", Lang.TURTLE), Lang.TURTLE);
        assertFalse(turtle.isEmpty());
        assertIsomorphic(turtle, Fixture.graph(rdf(path, "application/ld+json", Lang.JSONLD), Lang.JSONLD));
        assertIsomorphic(turtle, Fixture.graph(rdf(path, "application/n-triples", Lang.NTRIPLES), Lang.NTRIPLES));
        assertIsomorphic(turtle, Fixture.graph(rdf(path, "application/rdf+xml", Lang.RDFXML), Lang.RDFXML));
        assertIsomorphic(turtle, Fixture.graph(given().get(path + "?format=jsonld"), Lang.JSONLD));
    }

    @Test
    void aCountryPageListsThePostsThatMentionIt() {
        String calm = Fixture.post("Freedonia calls for calm");
        given().accept(HTML).get("/id/country/freedonia").then().statusCode(200)
                .body(allOf(containsString("<h1 id=\"title\">Freedonia</h1>"), containsString("ng:Country"),
                        containsString("href=\"" + Fixture.local(calm) + "\">Freedonia calls for calm</a>"),
                        containsString("Transport Minister")));  // the role of Freedonia that points at it
        Graph country = Fixture.graph(rdf("/id/country/freedonia", "text/turtle", Lang.TURTLE), Lang.TURTLE);
        assertTrue(country.contains(uri("id/country/freedonia"), NG.mentionedIn.asNode(), NodeFactory.createURI(calm)));
        assertTrue(country.contains(NodeFactory.createURI(calm), NG.headline.asNode(),
                NodeFactory.createLiteralString("Freedonia calls for calm")), "the headline of each post that mentions it");
    }

    @Test
    void aPostHasItsTriplesItsStoryAndItsEvents() {
        String post = Fixture.post("Minister meets union");
        Graph graph = Fixture.graph(rdf(Fixture.local(post), "text/turtle", Lang.TURTLE), Lang.TURTLE);
        Node node = NodeFactory.createURI(post);
        Node story = uri("id/story/ferry-strike");
        assertTrue(graph.contains(node, NG.body.asNode(), NodeFactory.createLiteralString(
                TALKS + " Freedonia wants the ferries back.")));
        assertTrue(graph.contains(node, NG.inStory.asNode(), story));
        assertTrue(graph.contains(story, RDFS.label.asNode(), NodeFactory.createLiteralString("Ferry strike")));
        assertTrue(graph.contains(NodeFactory.createURI(post + "#s0-48"), NG.text.asNode(),
                NodeFactory.createLiteralString(TALKS)), "its mentions, fragments of the post");
        given().accept(HTML).get(Fixture.local(post)).then().statusCode(200)
                .body(allOf(containsString("<h1 id=\"title\">Minister meets union</h1>"),
                        containsString("href=\"/id/story/ferry-strike\">Ferry strike</a>"),
                        containsString("href=\"/id/person/ines-varga\">Ines Varga</a>"),
                        containsString("Meeting")));
    }

    @Test
    void anEventPageShowsItsParticipantsAndEvidence() {
        given().accept(HTML).get("/id/event/meeting/meeting-ines-varga-seafarers-union").then().statusCode(200)
                .body(allOf(containsString("ng:Meeting"), containsString("ng:participant"),
                        containsString("href=\"/id/person/ines-varga\">Ines Varga</a>"),
                        containsString("Seafarers&#39; Union</a>"),
                        containsString("Ines Varga met the Seafarers&#39; Union at the port.")));
    }

    @Test
    void aStoryPageListsItsPostsNewestFirst() {
        String page = given().accept(HTML).get("/id/story/ferry-strike").then().statusCode(200).extract().asString();
        int calm = page.indexOf("Freedonia calls for calm</a>");
        int union = page.indexOf("Minister meets union</a>");
        int cancelled = page.indexOf("Crossings cancelled</a>");
        assertTrue(calm > 0 && union > calm && cancelled > union, "three posts, newest first");
    }

    @Test
    void anUnknownIriIs404InTextOrHtml() {
        given().accept("text/turtle").get("/id/person/nobody").then().statusCode(404)
                .contentType(startsWith("text/plain")).header("Vary", containsString("Accept"))
                .body(containsString("knows nothing about " + Fixture.iri("id/person/nobody")));
        given().accept(HTML).get("/id/person/nobody").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("Not found"));
    }

    /** Slugs keep letters of other scripts, so the path is decoded before it becomes an IRI. */
    @Test
    void aPathIsDecodedIntoTheIri() {
        given().accept("text/turtle").get("/id/person/путин").then().statusCode(404)
                .body(containsString("knows nothing about " + Fixture.iri("id/person/путин")));
    }

    @Test
    void acceptIsReadWithItsQValues() {
        given().accept("text/turtle;q=0.5, application/ld+json").get("/id/person/ines-varga").then().statusCode(200)
                .contentType(startsWith("application/ld+json"));
        given().accept("text/html;q=0.1, application/n-triples;q=0.9").get("/id/person/ines-varga").then()
                .statusCode(200).contentType(startsWith("application/n-triples"));
        given().accept("*/*").get("/id/person/ines-varga").then().statusCode(200).contentType(startsWith("text/turtle"));
        given().accept("image/png").get("/id/person/ines-varga").then().statusCode(406)
                .header("Vary", containsString("Accept")).body(containsString("text/turtle"));
        given().get("/id/person/ines-varga?format=yaml").then().statusCode(406).body(containsString("jsonld"));
    }

    @Test
    void linksStayOnTheServiceWhenItsAddressIsNotTheBase() {
        String page = given().accept(HTML).get("/id/person/ines-varga").then().statusCode(200).extract().asString();
        assertFalse(page.contains("href=\"" + Fixture.base()), "no link leaves for the base's host");
        assertTrue(page.contains("href=\"/id/"), "links to other entities are local paths");
    }

    private static Response rdf(String path, String accept, Lang lang) {
        Response response = given().accept(accept).get(path);
        response.then().statusCode(200).header("Vary", containsString("Accept"))
                .contentType(startsWith(lang.getHeaderString()));
        return response;
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(Fixture.iri(path));
    }

    private static void assertIsomorphic(Graph expected, Graph actual) {
        assertEquals(expected.size(), actual.size(), "triples");
        assertTrue(IsoMatcher.isomorphic(expected, actual), "the same graph");
    }
}
