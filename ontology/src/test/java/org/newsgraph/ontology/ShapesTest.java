package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * newsgraph-shapes.ttl accepts the example post graph, rejects each broken variant of it with a
 * violation on the expected node and path, and uses only terms the ontology defines.
 */
class ShapesTest {
    private static final String ID = "https://w3id.org/newsgraph/id/";
    private static final String POST = ID + "story/coastal-summit-live/post/202504080942";
    private static final String PLEDGE = ID + "pledge/pledge-nordmark-eur-2500000000";
    private static final String AMOUNT = PLEDGE + "/amount/eur";
    private static final String STATEMENT = ID + "statement/statement-ilse-brandvold-face-the-sea-alone";
    private static final String MENTION = POST + "/mention/0-138";
    private static final String ATTACK = ID + "attack/attack-on-port-kaldre";

    private final Shapes shapes = Shapes.parse(TestModels.shapes());

    @Test
    void examplePostConforms() {
        ValidationReport report = ShaclValidator.get().validate(shapes, TestModels.examplePost().getGraph());
        assertTrue(report.conforms(), () -> describe(report));
    }

    /** A way to break the example, and the one violation it must cause. */
    record Broken(String name, Consumer<Model> change, String focus, Property path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Broken> brokenPosts() {
        return Stream.of(
                new Broken("negative value", m -> replace(m, AMOUNT, NG.value,
                        m.createTypedLiteral("-5", XSDDatatype.XSDdecimal)), AMOUNT, NG.value),
                new Broken("currency as a word", m -> replace(m, AMOUNT, NG.currency,
                        m.createLiteral("euro")), AMOUNT, NG.currency),
                new Broken("confidence above 1", m -> replace(m, PLEDGE, NG.confidence,
                        m.createTypedLiteral("1.5", XSDDatatype.XSDdecimal)), PLEDGE, NG.confidence),
                // What createTypedLiteral(0.9) gives a careless writer: xsd:double, not xsd:decimal.
                new Broken("confidence as a double", m -> replace(m, PLEDGE, NG.confidence,
                        m.createTypedLiteral(0.9)), PLEDGE, NG.confidence),
                new Broken("event without evidence", m -> m.getResource(STATEMENT).removeAll(NG.evidence),
                        STATEMENT, NG.evidence),
                new Broken("post without headline", m -> m.getResource(POST).removeAll(NG.headline),
                        POST, NG.headline),
                new Broken("post with two publishedAt", m -> m.getResource(POST).addProperty(NG.publishedAt,
                        m.createTypedLiteral("2025-04-08T10:45:00+01:00", XSDDatatype.XSDdateTime)),
                        POST, NG.publishedAt),
                new Broken("publishedAt as a plain string", m -> replace(m, POST, NG.publishedAt,
                        m.createLiteral("2025-04-08T10:42:00+01:00")), POST, NG.publishedAt),
                new Broken("time as a year", m -> replace(m, PLEDGE, NG.time,
                        m.createTypedLiteral("2025", XSDDatatype.XSDgYear)), PLEDGE, NG.time),
                new Broken("mention starting after it ends", m -> replace(m, MENTION, NG.start,
                        m.createTypedLiteral("150", XSDDatatype.XSDinteger)), MENTION, NG.start),
                new Broken("attack with neither attacker nor target", ShapesTest::addBareAttack, ATTACK, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPosts")
    void brokenPostIsRejectedWhereItIsBroken(Broken broken) {
        Model data = TestModels.examplePost();
        broken.change.accept(data);
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());

        assertFalse(report.conforms(), broken.name + " conforms");
        // Only the expected violation: a change that broke something else would show up here.
        for (ReportEntry entry : report.getEntries()) {
            assertEquals(broken.focus, entry.focusNode().getURI(), () -> describe(report));
            assertEquals(broken.path == null ? null : broken.path.getURI(), pathIri(entry), () -> describe(report));
            assertEquals(Severity.Violation, entry.severity());
            // The shapes' own sh:message, which names the property, rather than the engine's default text.
            String named = broken.path == null ? "ng:attacker or ng:target" : "ng:" + broken.path.getLocalName();
            assertTrue(entry.message().contains(named), entry.message());
        }
    }

    @Test
    void targetClassesAreClassesOfTheOntology() {
        Model shapesModel = TestModels.shapes();
        Model ontology = TestModels.ontology();
        Set<String> unknown = new TreeSet<>();
        for (Property p : List.of(SHACLM.targetClass, SHACLM.class_)) {
            shapesModel.listObjectsOfProperty(p).forEach(cls -> {
                if (!cls.isURIResource() || !ontology.contains(cls.asResource(), RDF.type, OWL.Class)) {
                    unknown.add(p.getLocalName() + " " + cls);
                }
            });
        }
        assertEquals(Set.of(), unknown);
    }

    @Test
    void pathsArePropertiesOfTheOntology() {
        Model shapesModel = TestModels.shapes();
        Model ontology = TestModels.ontology();
        // The shapes reuse these two standard properties, as the contract does.
        Set<Resource> standard = Set.of(RDFS.label, OWL.sameAs);
        Set<String> unknown = new TreeSet<>();
        List<RDFNode> paths = new ArrayList<>(shapesModel.listObjectsOfProperty(SHACLM.path).toList());
        shapesModel.listObjectsOfProperty(SHACLM.lessThanOrEquals).forEach(paths::add);
        for (RDFNode path : paths) {
            boolean known = path.isURIResource() && (standard.contains(path.asResource())
                    || ontology.contains(path.asResource(), RDF.type, OWL.ObjectProperty)
                    || ontology.contains(path.asResource(), RDF.type, OWL.DatatypeProperty));
            if (!known) {
                unknown.add(path.toString());
            }
        }
        assertEquals(Set.of(), unknown);
    }

    @Test
    void everyEventClassHasItsOwnShape() {
        Model shapesModel = TestModels.shapes();
        Model ontology = TestModels.ontology();
        Set<String> without = ontology.listSubjectsWithProperty(RDFS.subClassOf, NG.Event).toList().stream()
                .filter(cls -> !shapesModel.contains(null, SHACLM.targetClass, cls))
                .map(Resource::getLocalName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), without);
    }

    @Test
    void shapesLiveInTheShapesNamespace() {
        TestModels.shapes().listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).forEach(shape ->
                assertTrue(shape.getURI().startsWith(NewsgraphOntology.SHAPES_NS), shape.toString()));
    }

    private static void replace(Model m, String subject, Property p, RDFNode value) {
        m.getResource(subject).removeAll(p).addProperty(p, value);
    }

    /** A correctly grounded attack, but naming nobody and nothing. */
    private static void addBareAttack(Model m) {
        m.getResource(ATTACK)
                .addProperty(RDF.type, NG.Attack)
                .addProperty(RDF.type, NG.Event)
                .addProperty(NG.mentionedIn, m.getResource(POST))
                .addProperty(NG.evidence, m.getResource(MENTION))
                .addProperty(NG.confidence, m.createTypedLiteral("0.5", XSDDatatype.XSDdecimal));
    }

    private static String pathIri(ReportEntry entry) {
        if (entry.resultPath() == null) {
            return null;
        }
        assertTrue(entry.resultPath() instanceof P_Link, "a simple path: " + entry.resultPath());
        return ((P_Link) entry.resultPath()).getNode().getURI();
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }
}
