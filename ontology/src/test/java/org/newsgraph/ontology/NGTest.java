package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** {@link NG} and newsgraph.ttl name the same terms, with the same kinds, in both directions. */
class NGTest {
    private final Model ontology = TestModels.ontology();

    @Test
    void everyConstantIsDefinedWithItsKind() {
        List<String> problems = new ArrayList<>();
        for (Field field : termFields()) {
            Resource term = value(field).inModel(ontology);
            if (value(field) instanceof Property) {
                if (!term.hasProperty(RDF.type, OWL.ObjectProperty) && !term.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                    problems.add("NG." + field.getName() + " is not an owl:ObjectProperty or owl:DatatypeProperty");
                }
            } else if (!term.hasProperty(RDF.type, OWL.Class)) {
                problems.add("NG." + field.getName() + " is not an owl:Class");
            }
        }
        assertEquals(List.of(), problems, "constants without a definition in newsgraph.ttl");
    }

    @Test
    void everyTermOfTheOntologyHasAConstant() {
        Set<String> constants = termFields().stream().map(f -> value(f).getURI()).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        ontology.listSubjects()
                .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(NG.NS))
                .forEach(s -> {
                    if (!constants.contains(s.getURI())) {
                        missing.add(s.getLocalName());
                    }
                });
        assertEquals(Set.of(), missing, "terms of newsgraph.ttl without a constant in NG.java");
    }

    @Test
    void constantsAreNamedAfterTheirTerms() {
        List<Field> fields = termFields();
        assertFalse(fields.isEmpty());
        for (Field field : fields) {
            assertEquals(NG.NS + field.getName(), value(field).getURI(), "NG." + field.getName());
        }
    }

    /** The public Resource and Property constants in the ng: namespace (so not NG.ONTOLOGY). */
    private static List<Field> termFields() {
        return Arrays.stream(NG.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()))
                .filter(f -> RDFNode.class.isAssignableFrom(f.getType()))
                .filter(f -> value(f).isURIResource() && value(f).getURI().startsWith(NG.NS))
                .toList();
    }

    private static Resource value(Field field) {
        try {
            return (Resource) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(field + " is public", e);
        }
    }
}
