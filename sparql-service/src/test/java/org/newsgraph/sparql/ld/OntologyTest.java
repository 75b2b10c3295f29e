package org.newsgraph.sparql.ld;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.ontology.NG;
import org.newsgraph.sparql.TestStore;

/** /ontology: documentation for browsers, the ontology's triples for RDF clients. */
@QuarkusTest
@WithTestResource(TestStore.class)
class OntologyTest {

    @Test
    void browsersGetTheDocumentationWithAnAnchorPerTerm() {
        given().accept("text/html").get("/ontology").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Vary", containsString("Accept"))
                .body(allOf(containsString("id=\"Pledge\""), containsString("id=\"participant\""),
                        containsString(NG.NS)));
    }

    @Test
    void rdfClientsGetTheOntologyInTurtleOrJsonLd() {
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.JSONLD}) {
            var response = given().accept(lang.getHeaderString()).get("/ontology");
            response.then().statusCode(200).contentType(startsWith(lang.getHeaderString()));
            Graph ontology = Fixture.graph(response, lang);
            assertTrue(ontology.contains(NG.Pledge.asNode(), RDF.type.asNode(), OWL.Class.asNode()), lang.getLabel());
            assertTrue(ontology.contains(NG.ONTOLOGY.asNode(), RDF.type.asNode(), OWL.Ontology.asNode()), lang.getLabel());
        }
    }
}
