package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The example post read through the ontology with Jena's OWL Micro reasoner: consistent, and
 * the alignments yield the standard-vocabulary facts they promise.
 */
class InferenceTest {
    private static final String ID = "https://w3id.org/newsgraph/id/";
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    private static InfModel infer(Model data) {
        return ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), TestModels.ontology(), data);
    }

    @Test
    void examplePostIsConsistentWithTheOntology() {
        ValidityReport validity = infer(TestModels.examplePost()).validate();
        assertTrue(validity.isValid(), () -> {
            StringBuilder out = new StringBuilder();
            validity.getReports().forEachRemaining(r -> out.append(r).append('\n'));
            return out.toString();
        });
    }

    @Test
    void alignmentsReachTheStandardVocabularies() {
        InfModel inf = infer(TestModels.examplePost());
        Resource pledge = inf.getResource(ID + "pledge/pledge-nordmark-eur-2500000000");
        Resource nordmark = inf.getResource(ID + "country/nordmark");
        assertTrue(inf.contains(pledge, RDF.type, inf.getResource(SEM + "Event")));
        assertTrue(inf.contains(pledge, inf.getProperty(SEM + "hasActor"), nordmark));
        assertTrue(inf.contains(nordmark, RDF.type, inf.getResource("http://xmlns.com/foaf/0.1/Agent")));
        assertTrue(inf.contains(nordmark, RDF.type, inf.getResource("https://schema.org/Country")));
        assertTrue(inf.contains(inf.getResource(ID + "story/coastal-summit-live/post/202504080942"),
                inf.getProperty("https://schema.org/isPartOf"), inf.getResource(ID + "story/coastal-summit-live")));
    }

    @Test
    void aTargetedPlaceDoesNotBecomeAnAgent() {
        Model data = TestModels.examplePost();
        Resource port = data.getResource(ID + "place/port-kaldre");
        Resource attack = data.getResource(ID + "attack/attack-on-port-kaldre")
                .addProperty(RDF.type, NG.Attack)
                .addProperty(NG.target, port)
                .addProperty(NG.confidence, ResourceFactory.createTypedLiteral("0.5", XSDDatatype.XSDdecimal));
        InfModel inf = infer(data);
        assertFalse(inf.contains(port, RDF.type, NG.Agent));
        // SEM counts it as a passive actor of the attack all the same.
        assertTrue(inf.contains(attack, inf.getProperty(SEM + "hasActor"), port));
    }
}
