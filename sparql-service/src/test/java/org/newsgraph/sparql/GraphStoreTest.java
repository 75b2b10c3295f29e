package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.ontology.NG;

/** The Graph Store HTTP Protocol at /data, over a real TDB2 folder, with the write credential configured. */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class GraphStoreTest {
    private static final String G = "http://example.org/graph/notes";
    private static final String NOTE = "http://example.org/note/1";
    private static final String NOTES_TEXT = "<" + NOTE + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"ferries resume\" .\n";
    /** Bodies go as bytes: rest-assured cannot encode a String for an RDF media type. */
    private static final byte[] NOTES = NOTES_TEXT.getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void withoutTheNotesGraph() {
        writer().queryParam("graph", G).delete("/data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
            "application/trig", "application/n-quads"})
    void aGraphPutInAnySyntaxReadsBackTheSame(String mediaType) {
        Graph notes = notes();
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        byte[] body = RDFLanguages.isQuads(lang) ? quads(notes, lang) : RDFWriter.source(notes).lang(lang).asString()
                .getBytes(StandardCharsets.UTF_8);
        writer().contentType(mediaType).body(body).queryParam("graph", G).put("/data").then().statusCode(201);
        writer().contentType(mediaType).body(body).queryParam("graph", G).put("/data").then().statusCode(204);
        for (String accept : List.of("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")) {
            Response response = given().accept(accept).queryParam("graph", G).get("/data");
            response.then().statusCode(200).contentType(equalTo(accept + "; charset=utf-8"));
            assertTrue(Sparql.graph(response, RDFLanguages.contentTypeToLang(accept)).isIsomorphicWith(notes), Sparql.text(response));
        }
        Response trig = given().queryParam("graph", G).queryParam("format", "trig").get("/data");
        assertTrue(trig.asString().contains(G), "TriG names the graph");
    }

    @Test
    void postAddsToTheGraphAndDeleteRemovesIt() {
        writer().contentType("application/n-triples").body(NOTES).queryParam("graph", G).post("/data").then().statusCode(201);
        writer().contentType("application/n-triples").body(("<" + NOTE + "> <http://example.org/more> \"2\" .\n").getBytes(StandardCharsets.UTF_8)).queryParam("graph", G)
                .post("/data").then().statusCode(204);
        assertEquals(2, Sparql.graph(given().queryParam("graph", G).accept("application/n-triples").get("/data"), Lang.NTRIPLES).size());
        writer().queryParam("graph", G).delete("/data").then().statusCode(204);
        given().queryParam("graph", G).get("/data").then().statusCode(404).body(containsString(G));
        writer().queryParam("graph", G).delete("/data").then().statusCode(404);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        writer().contentType("application/n-triples").body(NOTES).queryParam("graph", G).put("/data").then().statusCode(201);
        given().queryParam("graph", G).accept("application/n-triples").head("/data").then().statusCode(200)
                .contentType(equalTo("application/n-triples; charset=utf-8")).body(emptyOrNullString());
        given().queryParam("graph", "http://example.org/graph/none").head("/data").then().statusCode(404);
    }

    @Test
    void theDefaultGraphReadsAsTheUnionAndCannotBeWritten() {
        writer().contentType("application/n-triples").body(NOTES).queryParam("graph", G).put("/data").then().statusCode(201);
        Graph union = Sparql.graph(given().queryParam("default", "").accept("application/n-triples").get("/data"), Lang.NTRIPLES);
        assertTrue(union.contains(NodeFactory.createURI(NOTE), Node.ANY, Node.ANY));
        assertTrue(union.contains(NodeFactory.createURI(FerryStrike.STORY), Node.ANY, Node.ANY));
        assertTrue(union.find(NodeFactory.createURI("urn:newsgraph:store"), null, null).toList().isEmpty(), "no bookkeeping");
        for (String method : List.of("PUT", "POST", "DELETE")) {
            writer().contentType("application/n-triples").body(NOTES).queryParam("default", "").request(method, "/data")
                    .then().statusCode(405).header("Allow", "GET, HEAD").body(containsString("named graph"));
        }
    }

    @Test
    void aPostToTheStoreItselfCreatesAGraphUnderANewIri() {
        Response created = writer().contentType("application/n-triples").body(NOTES).post("/data");
        created.then().statusCode(201).contentType(equalTo("text/plain; charset=utf-8"));
        String graph = created.asString().strip();
        assertTrue(graph.startsWith(FerryStrike.BASE + "graph/"), graph);
        // The Location is encoded already.
        Response stored = given().urlEncodingEnabled(false).accept("application/n-triples").get(created.header("Location"));
        assertTrue(Sparql.graph(stored, Lang.NTRIPLES).isIsomorphicWith(notes()), Sparql.text(stored));
        assertEquals(List.of(graph), Sparql.column(Sparql.get("SELECT ?g { GRAPH ?g { <" + NOTE + "> ?p ?o } }", null),
                ResultSetLang.RS_JSON, "g"), "the graph's IRI names it in queries");
        String another = writer().contentType("application/n-triples").body(NOTES).post("/data").then().statusCode(201)
                .extract().asString().strip();
        assertNotEquals(graph, another, "each POST creates its own graph");
        writer().queryParam("graph", graph).delete("/data").then().statusCode(204);
        writer().queryParam("graph", another).delete("/data").then().statusCode(204);
    }

    @Test
    void aPostToTheStoreIsAuthenticatedAndCreatesNoEmptyGraph() {
        given().contentType("application/n-triples").body(NOTES).post("/data").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").contentType("application/n-triples").body(NOTES).post("/data")
                .then().statusCode(403);
        writer().contentType("text/turtle").body("# nothing\n".getBytes(StandardCharsets.UTF_8)).post("/data").then()
                .statusCode(422).body(containsString("no triples"));
        writer().contentType("application/n-triples").body(("<http://example.org/post/x> <" + RDF.type.getURI() + "> <"
                + NG.Post.getURI() + "> .\n").getBytes(StandardCharsets.UTF_8)).post("/data").then().statusCode(422)
                .body(containsString("headline"));
    }

    @Test
    void aMultipartPostMergesItsParts() {
        byte[] more = ("<" + NOTE + "> <http://example.org/more> \"2\" .\n").getBytes(StandardCharsets.UTF_8);
        writer().multiPart("notes", "notes.nt", NOTES, "application/n-triples")
                .multiPart("more", "more.ttl", more, "text/turtle")
                .queryParam("graph", G).post("/data").then().statusCode(201);
        assertEquals(2, Sparql.graph(given().queryParam("graph", G).accept("application/n-triples").get("/data"), Lang.NTRIPLES).size());
        writer().multiPart("notes", "notes.txt", NOTES, "text/plain").queryParam("graph", G).post("/data").then()
                .statusCode(415).body(containsString("text/turtle"));
        byte[] label = ("<" + NOTE + "> <http://example.org/label> \"3\" .\n").getBytes(StandardCharsets.UTF_8);
        writer().multiPart("label", "label.nt", label).queryParam("graph", G).post("/data").then().statusCode(204);
        assertEquals(3, Sparql.graph(given().queryParam("graph", G).accept("application/n-triples").get("/data"), Lang.NTRIPLES).size(),
                "a file sent as octet-stream is read by its extension");
    }

    @Test
    void aGraphThatBreaksTheShapesIs422WithTheReport() {
        String graph = Sparql.column(Sparql.get("SELECT ?g { GRAPH ?g { ?p <" + NG.headline.getURI() + "> ?h } } LIMIT 1", null),
                ResultSetLang.RS_JSON, "g").get(0);
        Graph before = Sparql.graph(given().queryParam("graph", graph).accept("application/n-triples").get("/data"), Lang.NTRIPLES);
        byte[] post = ("<http://example.org/post/x> <" + RDF.type.getURI() + "> <" + NG.Post.getURI() + "> .\n").getBytes(StandardCharsets.UTF_8);
        writer().contentType("application/n-triples").body(post).queryParam("graph", graph).put("/data").then().statusCode(422)
                .contentType(equalTo("text/plain; charset=utf-8")).body(containsString("headline"));
        writer().contentType("application/n-triples").body(post).queryParam("graph", graph).post("/data").then().statusCode(422);
        Graph after = Sparql.graph(given().queryParam("graph", graph).accept("application/n-triples").get("/data"), Lang.NTRIPLES);
        assertTrue(after.isIsomorphicWith(before), "a refused graph changes nothing");
    }

    @Test
    void badRequestsAreRefusedWithTheirReason() {
        writer().contentType("text/turtle").body("<http://example.org/a> <http://example.org/b> .".getBytes(StandardCharsets.UTF_8)).queryParam("graph", G).put("/data").then()
                .statusCode(400).body(containsString("Malformed"));
        writer().contentType("text/plain").body(NOTES).queryParam("graph", G).put("/data").then().statusCode(415)
                .body(containsString("text/turtle"));
        writer().contentType("application/n-quads").body("<http://example.org/a> <http://example.org/b> <http://example.org/c> <http://example.org/other> .\n".getBytes(StandardCharsets.UTF_8)).queryParam("graph", G)
                .put("/data").then().statusCode(400).body(containsString("http://example.org/other"));
        given().get("/data").then().statusCode(400).body(containsString("?graph=IRI"));
        given().queryParam("graph", G).queryParam("default", "").get("/data").then().statusCode(400);
        given().queryParam("graph", G).accept("text/csv").get("/data").then().statusCode(406);
    }

    @Test
    void writesNeedTheCredential() {
        List<String> challenges = given().contentType("application/n-triples").body(NOTES).queryParam("graph", G).put("/data")
                .then().statusCode(401).extract().headers().getValues("WWW-Authenticate");
        assertEquals(List.of("Bearer realm=\"newsgraph\"", "Basic realm=\"newsgraph\""), challenges);
        given().header("Authorization", "Bearer wrong").contentType("application/n-triples").body(NOTES)
                .queryParam("graph", G).put("/data").then().statusCode(403).body(containsString("Wrong credential"));
        given().auth().preemptive().basic(Writable.USER, "wrong").queryParam("graph", G).delete("/data").then().statusCode(403);
        given().auth().preemptive().basic(Writable.USER, Writable.PASSWORD).contentType("application/n-triples").body(NOTES)
                .queryParam("graph", G).put("/data").then().statusCode(201);
        given().queryParam("graph", G).get("/data").then().statusCode(200);
    }

    private static RequestSpecification writer() {
        return given().header("Authorization", Writable.BEARER);
    }

    private static Graph notes() {
        return RDFParser.fromString(NOTES_TEXT, Lang.NTRIPLES).toGraph();
    }

    private static byte[] quads(Graph graph, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.addGraph(NodeFactory.createURI(G), graph);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(dataset).lang(lang).output(out);
        return out.toByteArray();
    }
}
