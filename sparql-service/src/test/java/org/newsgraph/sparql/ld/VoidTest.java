package org.newsgraph.sparql.ld;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.newsgraph.ontology.NG;
import org.newsgraph.sparql.TestStore;

/** /.well-known/void parses, and its figures are those the SPARQL endpoint counts. */
@QuarkusTest
@WithTestResource(TestStore.class)
class VoidTest {

    @Test
    void theDescriptionCountsWhatTheEndpointCounts() {
        var response = given().get("/.well-known/void");
        response.then().statusCode(200).contentType(startsWith("text/turtle"));
        Model description = ModelFactory.createModelForGraph(Fixture.graph(response, Lang.TURTLE));
        List<Resource> datasets = description.listSubjectsWithProperty(RDF.type, VOID.Dataset).toList();
        assertEquals(1, datasets.size());
        Resource dataset = datasets.get(0);

        assertEquals(Fixture.count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), dataset.getProperty(VOID.triples).getLong());
        long entities = Fixture.count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \""
                + Fixture.iri("id/") + "\")) }");
        assertEquals(entities, dataset.getProperty(VOID.entities).getLong());
        assertEquals(Fixture.iri("id/"), dataset.getProperty(VOID.uriSpace).getString());
        assertTrue(dataset.getProperty(VOID.sparqlEndpoint).getResource().getURI().endsWith("/sparql"));
        assertTrue(dataset.getProperty(VOID.dataDump).getResource().getURI().endsWith("/dump"));

        for (Resource type : List.of(NG.Person, NG.Country, NG.Post, NG.Meeting, NG.Event, NG.Pledge, NG.Attack)) {
            long expected = Fixture.count(Fixture.PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + type.getURI() + "> }");
            List<Resource> partitions = description.listSubjectsWithProperty(VOID._class, type).toList();
            assertEquals(1, partitions.size(), "one partition for " + type);
            assertTrue(dataset.hasProperty(VOID.classPartition, partitions.get(0)));
            assertEquals(expected, partitions.get(0).getProperty(VOID.entities).getLong(), type.getURI());
        }
        assertEquals(1, Fixture.count(Fixture.PREFIXES + "SELECT (COUNT(*) AS ?n) { ?s a ng:Meeting }"),
                "the test store has a meeting, so the partitions are not all 0");
    }
}
