package org.newsgraph.sparql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

/** Queries see one default graph: the union of the post graphs, without the store's bookkeeping. */
@QuarkusTest
@WithTestResource(TestStore.class)
class UnionGraphTest {

    @Test
    void aTripleInSeveralPostGraphsIsSeenOnce() {
        String inGraphs = Sparql.PREFIXES + "SELECT (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { <"
                + FerryStrike.STORY + "> rdfs:label ?label } }";
        assertEquals(List.of("3"), column(inGraphs, "graphs"), "each post graph describes the story");
        String label = Sparql.PREFIXES + "SELECT DISTINCT ?label { <" + FerryStrike.STORY + "> rdfs:label ?label }";
        assertEquals(List.of("Ferry strike"), column(label, "label"));
        String labels = Sparql.PREFIXES + "SELECT ?label { <" + FerryStrike.STORY + "> rdfs:label ?label }";
        assertEquals(List.of("Ferry strike"), column(labels, "label"), "the union is a set of triples, even without DISTINCT");
        String country = Sparql.PREFIXES + "SELECT DISTINCT ?country { ?country a ng:Country }";
        assertEquals(List.of(FerryStrike.BASE + "id/country/freedonia"), column(country, "country"));
    }

    @Test
    void everyPostGraphIsVisible() {
        String posts = Sparql.PREFIXES + "SELECT ?headline { ?post a ng:Post ; ng:headline ?headline } ORDER BY ?headline";
        assertEquals(List.of("Crossings cancelled", "Freedonia calls for calm", "Minister meets union"),
                column(posts, "headline"));
        String meeting = Sparql.PREFIXES + "SELECT ?who { ?meeting a ng:Meeting ; ?role ?who . ?who a ng:Agent }";
        assertEquals(2, column(meeting, "who").size(), "the meeting's graph is there too");
    }

    @Test
    void theStoresOwnDefaultGraphIsHidden() {
        assertEquals(List.of("0"), column("SELECT (COUNT(*) AS ?n) { <urn:newsgraph:store> ?p ?o }", "n"));
    }

    @Test
    void theStoresOwnDefaultGraphIsHiddenEvenWhenAskedForByJenasName() {
        for (String name : List.of("urn:x-arq:DefaultGraph", "urn:x-arq:DefaultGraphNode")) {
            assertEquals(List.of("0"), column("SELECT (COUNT(*) AS ?n) { GRAPH <" + name + "> { <urn:newsgraph:store> ?p ?o } }", "n"));
            assertEquals(List.of("0"), column("SELECT (COUNT(*) AS ?n) FROM <" + name + "> { <urn:newsgraph:store> ?p ?o }", "n"));
            assertEquals(List.of("0"), Sparql.column(given().queryParam("query", "SELECT (COUNT(*) AS ?n) { <urn:newsgraph:store> ?p ?o }")
                    .queryParam("default-graph-uri", name).get("/sparql"), ResultSetLang.RS_JSON, "n"));
        }
        assertEquals(List.of("Ferry strike"), column("SELECT DISTINCT ?label { GRAPH <urn:x-arq:DefaultGraph> { <"
                + FerryStrike.STORY + "> <http://www.w3.org/2000/01/rdf-schema#label> ?label } }", "label"),
                "that name means the union of the post graphs");
    }

    private static List<String> column(String query, String variable) {
        return Sparql.column(Sparql.get(query, null), ResultSetLang.RS_JSON, variable);
    }
}
