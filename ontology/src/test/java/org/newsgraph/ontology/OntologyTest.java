package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** What every term of newsgraph.ttl must state, and the modelling decisions the contract depends on. */
class OntologyTest {
    private final Model ontology = TestModels.ontology();

    @Test
    void everyTermHasOneEnglishLabelAndComment() {
        List<String> problems = new ArrayList<>();
        for (Resource term : terms()) {
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                List<Statement> english = term.listProperties(p)
                        .filterKeep(s -> s.getObject().isLiteral() && s.getLiteral().getLanguage().equals("en"))
                        .toList();
                if (english.size() != 1 || english.get(0).getString().isBlank()) {
                    problems.add(term.getLocalName() + " needs one non-empty " + p.getLocalName() + "@en");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPropertyHasOneDomainAndOneRange() {
        List<String> problems = new ArrayList<>();
        for (Resource term : terms()) {
            if (!term.hasProperty(RDF.type, OWL.Class)) {
                for (Property p : List.of(RDFS.domain, RDFS.range)) {
                    // One each: several rdfs:domain statements would mean their intersection, not a choice.
                    if (term.listProperties(p).toList().size() != 1) {
                        problems.add(term.getLocalName() + " needs exactly one " + p.getLocalName());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void datatypePropertiesHaveLiteralRangesAndObjectPropertiesClassRanges() {
        for (Resource term : terms()) {
            if (term.hasProperty(RDF.type, OWL.Class)) {
                continue;
            }
            RDFNode range = term.getPropertyResourceValue(RDFS.range);
            boolean literal = range.isURIResource()
                    && (range.asResource().getURI().startsWith("http://www.w3.org/2001/XMLSchema#")
                        || range.equals(RDFS.Literal));
            if (term.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                assertTrue(literal, term.getLocalName() + " has a datatype range");
            } else if (term.hasProperty(RDF.type, OWL.ObjectProperty)) {
                assertFalse(literal, term.getLocalName() + " has a class range");
            }
        }
    }

    @Test
    void everyNgIriTheOntologyMentionsIsDefined() {
        // Catches a misspelt domain or range, such as ng:Organization for ng:Organisation.
        Set<String> defined = new HashSet<>();
        terms().forEach(t -> defined.add(t.getURI()));
        Set<String> dangling = new TreeSet<>();
        ontology.listStatements().forEach(s -> {
            for (RDFNode node : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (node.isURIResource() && node.asResource().getURI().startsWith(NG.NS)
                        && !defined.contains(node.asResource().getURI())) {
                    dangling.add(node.asResource().getURI());
                }
            }
        });
        assertEquals(Set.of(), dangling);
    }

    @Test
    void countryIsAnAgentButNotAPlace() {
        Set<Resource> supers = superClasses(NG.Country.inModel(ontology));
        assertTrue(supers.contains(NG.Agent));
        // Consumers rank Country, Person, Organisation and Place by precedence; Country ⊑ Place would blur that.
        assertFalse(supers.contains(NG.Place));
    }

    @Test
    void everyPersonOrganisationAndCountryIsAnAgent() {
        for (Resource cls : List.of(NG.Person, NG.Organisation, NG.Country)) {
            assertTrue(superClasses(cls.inModel(ontology)).contains(NG.Agent), cls.getLocalName());
        }
    }

    @Test
    void everyEventClassIsAnEvent() {
        for (Resource cls : List.of(NG.Meeting, NG.Pledge, NG.Accusation, NG.Statement, NG.Visit, NG.Attack)) {
            assertTrue(superClasses(cls.inModel(ontology)).contains(NG.Event), cls.getLocalName());
        }
    }

    @Test
    void rolePropertiesOfEventsAreParticipants() {
        // The contract: ng:participant is the super-property of every property linking an event to an agent.
        List<String> missing = new ArrayList<>();
        for (Resource term : terms()) {
            Resource domain = term.getPropertyResourceValue(RDFS.domain);
            Resource range = term.getPropertyResourceValue(RDFS.range);
            boolean eventToAgent = domain != null && domain.isURIResource() && !domain.equals(NG.Event)
                    && superClasses(domain).contains(NG.Event) && NG.Agent.equals(range);
            if (eventToAgent && !term.hasProperty(RDFS.subPropertyOf, NG.participant)) {
                missing.add(term.getLocalName());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void subPropertiesOfParticipantOnlyReachAgents() {
        // Otherwise inference would turn a targeted place into an agent: why ng:target stays apart.
        ontology.listSubjectsWithProperty(RDFS.subPropertyOf, NG.participant).forEach(p ->
                assertEquals(NG.Agent, p.getPropertyResourceValue(RDFS.range), p.getLocalName()));
        assertFalse(NG.target.inModel(ontology).hasProperty(RDFS.subPropertyOf, NG.participant));
    }

    @Test
    void literalRangesFollowTheContract() {
        assertRange(NG.publishedAt, "http://www.w3.org/2001/XMLSchema#dateTime");
        assertRange(NG.position, "http://www.w3.org/2001/XMLSchema#integer");
        assertRange(NG.isBreaking, "http://www.w3.org/2001/XMLSchema#boolean");
        assertRange(NG.verified, "http://www.w3.org/2001/XMLSchema#boolean");
        assertRange(NG.value, "http://www.w3.org/2001/XMLSchema#decimal");
        assertRange(NG.confidence, "http://www.w3.org/2001/XMLSchema#decimal");
        // Two datatypes each: the comment names them, the shapes enforce them.
        assertRange(NG.until, RDFS.Literal.getURI());
        assertRange(NG.time, RDFS.Literal.getURI());
    }

    private void assertRange(Property property, String expected) {
        Resource range = property.inModel(ontology).getPropertyResourceValue(RDFS.range);
        assertEquals(expected, range.getURI(), property.getLocalName());
        if (range.equals(RDFS.Literal)) {
            Literal comment = property.inModel(ontology).getProperty(RDFS.comment).getLiteral();
            assertTrue(comment.getString().contains("xsd:"), property.getLocalName() + "'s comment names its datatypes");
        }
    }

    /** The ng: classes, object properties and datatype properties. */
    private List<Resource> terms() {
        List<Resource> terms = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(NG.NS))
                    .forEach(terms::add);
        }
        return terms;
    }

    /** Every named superclass, transitively. */
    private static Set<Resource> superClasses(Resource cls) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(cls));
        while (!todo.isEmpty()) {
            Resource next = todo.remove(todo.size() - 1);
            next.listProperties(RDFS.subClassOf).forEach(s -> {
                if (s.getObject().isURIResource() && seen.add(s.getResource())) {
                    todo.add(s.getResource());
                }
            });
        }
        return seen;
    }
}
