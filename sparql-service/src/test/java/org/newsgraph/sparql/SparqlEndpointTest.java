package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ontology.NG;
import org.newsgraph.sparql.http.ResultFormat;

/** The query endpoint over a real TDB2 folder: methods, formats and refusals. */
@QuarkusTest
@WithTestResource(TestStore.class)
class SparqlEndpointTest {
    private static final String HEADLINES = Sparql.PREFIXES
            + "SELECT ?headline { ?post ng:headline ?headline ; ng:position ?n } ORDER BY ?n";
    private static final List<String> NEWEST_FIRST =
            List.of("Freedonia calls for calm", "Minister meets union", "Crossings cancelled");
    private static final String HEADLINE_GRAPH = Sparql.PREFIXES
            + "CONSTRUCT { ?post ng:inStory ?story ; ng:headline ?headline } WHERE { ?post ng:inStory ?story ; ng:headline ?headline }";

    @Test
    void selectAnswersInSparqlJsonByDefault() {
        Response response = Sparql.get(HEADLINES, null);
        response.then().statusCode(200).contentType(equalTo("application/sparql-results+json; charset=utf-8"));
        assertEquals(NEWEST_FIRST, Sparql.column(response, ResultSetLang.RS_JSON, "headline"));
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json",
            "application/sparql-results+xml, application/sparql-results+xml",
            "text/csv, text/csv",
            "text/tab-separated-values, text/tab-separated-values",
            "application/json, application/json",
    })
    void selectAnswersInEachResultsFormat(String accept, String mediaType) {
        Response response = Sparql.get(HEADLINES, accept);
        response.then().statusCode(200).contentType(equalTo(mediaType + "; charset=utf-8"));
        Lang lang = switch (mediaType) {
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            default -> ResultSetLang.RS_JSON;
        };
        assertEquals(NEWEST_FIRST, Sparql.column(response, lang, "headline"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/csv;q=0.5, application/sparql-results+xml | application/sparql-results+xml",
            "application/sparql-results+json;q=0, */*;q=0.1 | application/sparql-results+xml",
            "text/*;q=0.9, application/*;q=0.8               | text/csv",
            "text/html, application/xhtml+xml, */*;q=0.8     | application/sparql-results+json",
    })
    void theAcceptHeaderIsWeighedByItsQValues(String accept, String mediaType) {
        Sparql.get(HEADLINES, accept).then().statusCode(200).contentType(equalTo(mediaType + "; charset=utf-8"));
    }

    @Test
    void askAnswersTrueOrFalse() {
        Response yes = Sparql.get(Sparql.PREFIXES + "ASK { ?meeting a ng:Meeting }", null);
        yes.then().statusCode(200).contentType(equalTo("application/sparql-results+json; charset=utf-8"));
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(yes.asByteArray()), ResultSetLang.RS_JSON));

        Response no = Sparql.get(Sparql.PREFIXES + "ASK { ?attack a ng:Attack }", "application/sparql-results+xml");
        no.then().statusCode(200).contentType(equalTo("application/sparql-results+xml; charset=utf-8"));
        assertFalse(ResultSetMgr.readBoolean(new ByteArrayInputStream(no.asByteArray()), ResultSetLang.RS_XML));
    }

    @Test
    void constructAnswersInTurtleByDefault() {
        Response response = Sparql.get(HEADLINE_GRAPH, null);
        response.then().statusCode(200).contentType(equalTo("text/turtle; charset=utf-8"));
        Graph graph = Sparql.graph(response, Lang.TURTLE);
        assertEquals(6, graph.size());
        Node story = NodeFactory.createURI(FerryStrike.STORY);
        assertEquals(3, graph.find(Node.ANY, NG.inStory.asNode(), story).toList().size());
        assertEquals(Set.copyOf(NEWEST_FIRST), graph.find(Node.ANY, NG.headline.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet());
    }

    @ParameterizedTest
    @CsvSource({
            "application/ld+json, JSON-LD",
            "application/n-triples, N-Triples",
            "application/rdf+xml, RDF/XML",
    })
    void constructAnswersTheSameGraphInEachRdfFormat(String mediaType, String langName) {
        Graph turtle = Sparql.graph(Sparql.get(HEADLINE_GRAPH, "text/turtle"), Lang.TURTLE);
        Response response = Sparql.get(HEADLINE_GRAPH, mediaType);
        response.then().statusCode(200).contentType(equalTo(mediaType + "; charset=utf-8"));
        Graph graph = Sparql.graph(response, RDFLanguages.nameToLang(langName));
        assertTrue(graph.isIsomorphicWith(turtle), () -> Sparql.text(response));
    }

    @Test
    void describeAnswersAGraphAboutTheResource() {
        Response response = Sparql.get("DESCRIBE <" + FerryStrike.STORY + ">", "application/n-triples");
        response.then().statusCode(200).contentType(equalTo("application/n-triples; charset=utf-8"));
        Graph graph = Sparql.graph(response, Lang.NTRIPLES);
        assertTrue(graph.contains(NodeFactory.createURI(FerryStrike.STORY), RDFS.label.asNode(),
                NodeFactory.createLiteralString("Ferry strike")));
    }

    @Test
    void relativeIrisResolveAgainstTheStoreBase() {
        Response response = Sparql.get("SELECT ?label { <id/story/ferry-strike> <" + RDFS.label.getURI() + "> ?label }", null);
        assertEquals(List.of("Ferry strike"), Sparql.column(response, ResultSetLang.RS_JSON, "label"));
    }

    @Test
    void getFormPostAndDirectPostGiveTheSameAnswer() {
        byte[] byGet = Sparql.get(HEADLINES, "text/csv").then().statusCode(200).extract().asByteArray();
        byte[] byForm = given().formParam("query", HEADLINES).accept("text/csv")
                .post("/sparql").then().statusCode(200).contentType(equalTo("text/csv; charset=utf-8"))
                .extract().asByteArray();
        byte[] direct = given().contentType(Sparql.QUERY_BODY).body(HEADLINES.getBytes(StandardCharsets.UTF_8))
                .accept("text/csv").post("/sparql").then().statusCode(200).contentType(equalTo("text/csv; charset=utf-8"))
                .extract().asByteArray();
        assertArrayEquals(byGet, byForm);
        assertArrayEquals(byGet, direct);
    }

    @Test
    void aPlusInTheUrlIsASpace() {
        given().urlEncodingEnabled(false).get("/sparql?query=ASK+%7B%7D").then().statusCode(200)
                .body(containsString("true"));
    }

    @Test
    void aMalformedQueryIs400WithTheLineAndColumn() {
        Sparql.get("SELECT ?s\nWHERE { ?s ?p }", null).then().statusCode(400)
                .contentType(equalTo("text/plain; charset=utf-8"))
                .body(containsString("Malformed query"), containsString("line 2, column"));
    }

    @Test
    void anUpdateAtTheQueryEndpointIs400PointingToUpdate() {
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }";
        Sparql.get(update, null).then().statusCode(400).contentType(equalTo("text/plain; charset=utf-8"))
                .body(containsString("/update"));
        given().contentType(Sparql.QUERY_BODY).body(update.getBytes(StandardCharsets.UTF_8))
                .post("/sparql").then().statusCode(400).body(containsString("/update"));
        given().queryParam("update", update).get("/sparql").then().statusCode(400).body(containsString("/update"));
        given().formParam("update", update).post("/sparql").then().statusCode(400).body(containsString("/update"));
        Sparql.get("ASK { GRAPH <urn:x:g> { ?s ?p ?o } }", null).then().statusCode(200).body(containsString("false"));
    }

    @Test
    void aRequestWithoutAQueryIs400() {
        given().get("/sparql").then().statusCode(400).contentType(equalTo("text/plain; charset=utf-8"))
                .body(containsString("No query"));
        given().formParam("other", "x").post("/sparql").then().statusCode(400).body(containsString("No query"));
        given().contentType(Sparql.QUERY_BODY).body(new byte[0]).post("/sparql").then().statusCode(400)
                .body(containsString("No query"));
    }

    @Test
    void aPostOfAnotherContentTypeIs415() {
        given().contentType("text/plain").body(HEADLINES.getBytes(StandardCharsets.UTF_8)).post("/sparql")
                .then().statusCode(415).contentType(equalTo("text/plain; charset=utf-8"))
                .body(containsString("application/sparql-query"));
        given().contentType("application/sparql-update").body("CLEAR ALL".getBytes(StandardCharsets.UTF_8))
                .post("/sparql").then().statusCode(415);
    }

    @Test
    void anUnacceptableFormatIs406() {
        Sparql.get(HEADLINES, "image/png").then().statusCode(406).contentType(equalTo("text/plain; charset=utf-8"))
                .body(containsString("text/csv"));
        Sparql.get(HEADLINE_GRAPH, "application/sparql-results+json").then().statusCode(406)
                .body(containsString("text/turtle"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "json  | image/png                 | application/sparql-results+json",
            "xml   | application/sparql-results+json | application/sparql-results+xml",
            "csv   |                           | text/csv",
            "tsv   |                           | text/tab-separated-values",
            "text/csv |                        | text/csv",
    })
    void theFormatParameterOverridesAccept(String format, String accept, String mediaType) {
        var request = given().queryParam("query", HEADLINES).queryParam("format", format);
        if (accept != null) {
            request.accept(accept);
        }
        request.get("/sparql").then().statusCode(200).contentType(equalTo(mediaType + "; charset=utf-8"));
        given().formParam("query", HEADLINES).formParam("format", format).post("/sparql").then().statusCode(200)
                .contentType(equalTo(mediaType + "; charset=utf-8"));
        given().contentType(Sparql.QUERY_BODY).body(HEADLINES.getBytes(StandardCharsets.UTF_8)).queryParam("format", format)
                .post("/sparql").then().statusCode(200).contentType(equalTo(mediaType + "; charset=utf-8"));
    }

    @ParameterizedTest
    @CsvSource({
            "ttl, text/turtle, Turtle",
            "turtle, text/turtle, Turtle",
            "nt, application/n-triples, N-Triples",
            "jsonld, application/ld+json, JSON-LD",
            "json, application/ld+json, JSON-LD",
            "rdfxml, application/rdf+xml, RDF/XML",
            "xml, application/rdf+xml, RDF/XML",
            "trig, application/trig, TriG",
            "nq, application/n-quads, N-Quads",
    })
    void graphFormatsByTheFormatParameter(String format, String mediaType, String langName) {
        Graph turtle = Sparql.graph(Sparql.get(HEADLINE_GRAPH, "text/turtle"), Lang.TURTLE);
        Response response = given().queryParam("query", HEADLINE_GRAPH).queryParam("format", format).get("/sparql");
        response.then().statusCode(200).contentType(equalTo(mediaType + "; charset=utf-8"));
        Graph graph = Sparql.graph(response, RDFLanguages.nameToLang(langName));
        assertTrue(graph.isIsomorphicWith(turtle), () -> Sparql.text(response));
    }

    @Test
    void aConstructWithGraphTemplatesKeepsItsGraphsInTrigAndNQuads() {
        String perGraph = Sparql.PREFIXES + "CONSTRUCT { GRAPH ?g { ?post ng:headline ?h } } WHERE { GRAPH ?g { ?post ng:headline ?h } }";
        for (String mediaType : List.of("application/trig", "application/n-quads")) {
            Response response = Sparql.get(perGraph, mediaType);
            response.then().statusCode(200).contentType(equalTo(mediaType + "; charset=utf-8"));
            DatasetGraph dataset = RDFParser.source(new ByteArrayInputStream(response.asByteArray()))
                    .lang(RDFLanguages.contentTypeToLang(mediaType)).toDatasetGraph();
            assertEquals(3, Iter.count(dataset.listGraphNodes()), "one graph per post");
        }
    }

    @Test
    void anUnknownFormatIs400AndAFormatOfTheOtherKindIs400() {
        given().queryParam("query", HEADLINES).queryParam("format", "png").get("/sparql").then().statusCode(400)
                .body(containsString("csv"));
        given().queryParam("query", HEADLINE_GRAPH).queryParam("format", "csv").get("/sparql").then().statusCode(400)
                .body(containsString("ttl"));
        given().queryParam("query", HEADLINES).queryParam("format", "csv").queryParam("format", "tsv").get("/sparql")
                .then().statusCode(400);
    }

    @Test
    void aDirectQueryInAnotherCharsetIs415() {
        given().contentType("application/sparql-query; charset=ISO-8859-1").body(HEADLINES.getBytes(StandardCharsets.ISO_8859_1))
                .post("/sparql").then().statusCode(415).body(containsString("UTF-8"));
    }

    @Test
    void aQueryAndAnotherOperationInOneRequestIs400() {
        given().contentType(Sparql.QUERY_BODY).body(HEADLINES.getBytes(StandardCharsets.UTF_8)).queryParam("query", "ASK {}")
                .post("/sparql").then().statusCode(400).body(containsString("one operation"));
        given().queryParam("query", "ASK {}").formParam("query", HEADLINES).post("/sparql").then().statusCode(400)
                .body(containsString("More than one query"));
    }

    @Test
    void theQueryEndpointTakesNoOtherMethod() {
        given().queryParam("query", "ASK {}").put("/sparql").then().statusCode(405);
        given().queryParam("query", "ASK {}").delete("/sparql").then().statusCode(405);
    }

    @Test
    void serviceCallsAreRefused() {
        Sparql.get("SELECT * { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }", null).then().statusCode(400)
                .contentType(equalTo("text/plain; charset=utf-8")).body(containsString("SERVICE"));
    }

    @Test
    void aDatasetInTheRequestReplacesTheUnion() {
        String graphs = Sparql.PREFIXES + "SELECT ?g { GRAPH ?g { ?post ng:headline ?h } } ORDER BY ?g";
        List<String> all = Sparql.column(Sparql.get(graphs, null), ResultSetLang.RS_JSON, "g");
        assertEquals(3, all.size());
        Response one = given().queryParam("query", HEADLINES).queryParam("default-graph-uri", all.get(0)).get("/sparql");
        assertEquals(1, Sparql.column(one, ResultSetLang.RS_JSON, "headline").size(), "the default graph is that post's graph");
        Response named = given().queryParam("query", graphs).queryParam("named-graph-uri", all.get(1))
                .queryParam("named-graph-uri", all.get(2)).get("/sparql");
        assertEquals(all.subList(1, 3), Sparql.column(named, ResultSetLang.RS_JSON, "g"));
        Response empty = given().queryParam("query", HEADLINES).queryParam("named-graph-uri", all.get(0)).get("/sparql");
        assertEquals(List.of(), Sparql.column(empty, ResultSetLang.RS_JSON, "headline"),
                "named graphs without default-graph-uri leave the default graph empty, as the protocol says");
    }

    @Test
    void everyFormatOfferedHasAJenaWriter() {
        // A format offered without a writer would fail only at the first query asking for it.
        assertTrue(ResultFormat.SOLUTIONS.stream().allMatch(f -> ResultSetWriterRegistry.isRegistered(f.lang())));
        assertTrue(ResultFormat.GRAPHS.stream().allMatch(f -> RDFWriterRegistry.contains(f.lang())));
    }
}
