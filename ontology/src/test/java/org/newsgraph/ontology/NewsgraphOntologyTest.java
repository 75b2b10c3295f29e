package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** Both resources load from the classpath, parse strictly with RIOT, and agree with the Java constants. */
class NewsgraphOntologyTest {

    @Test
    void ontologyParsesAndDescribesItself() {
        Model ontology = TestModels.ontology();
        Resource root = NG.ONTOLOGY.inModel(ontology);
        assertTrue(root.hasProperty(RDF.type, OWL.Ontology), "NG.ONTOLOGY is the owl:Ontology");
        assertEquals("0.1.0", root.getProperty(OWL.versionInfo).getString());
        assertTrue(root.hasProperty(DCTerms.license, ontology.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(root.hasProperty(DCTerms.title));
        assertTrue(root.hasProperty(DCTerms.description));
    }

    @Test
    void shapesParse() {
        Model shapes = TestModels.shapes();
        assertFalse(shapes.isEmpty());
    }

    @Test
    void turtlePrefixesAgreeWithThePrefixMap() {
        // A prefix declared differently in the Turtle than in PREFIXES would make writers and docs disagree.
        for (Model model : new Model[] {TestModels.ontology(), TestModels.shapes()}) {
            model.getNsPrefixMap().forEach((prefix, ns) -> {
                if (NewsgraphOntology.PREFIXES.containsKey(prefix)) {
                    assertEquals(NewsgraphOntology.PREFIXES.get(prefix), ns, "prefix " + prefix);
                }
            });
        }
        assertEquals(NewsgraphOntology.SHAPES_NS, TestModels.shapes().getNsPrefixURI("ngsh"));
    }

    @Test
    void prefixMapIsUnmodifiableAndStartsWithNg() {
        Map<String, String> prefixes = NewsgraphOntology.PREFIXES;
        assertEquals(Map.entry("ng", NG.NS), prefixes.entrySet().iterator().next());
        assertThrows(UnsupportedOperationException.class, () -> prefixes.put("ex", "http://example.org/"));
    }
}
