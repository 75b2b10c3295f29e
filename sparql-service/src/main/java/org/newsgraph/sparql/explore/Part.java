package org.newsgraph.sparql.explore;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.newsgraph.ontology.NG;

/**
 * The part an entity plays in an event: the property that links the event to it. Writers state
 * {@code ng:participant} for every agent next to the specific property, so an agent in a
 * specific part has both; places appear only as destination, target or location.
 */
enum Part {
    PARTICIPANT(NG.participant), CHAIR(NG.chair), PLEDGER(NG.pledger), RECIPIENT(NG.recipient),
    ACCUSER(NG.accuser), ACCUSED(NG.accused), SPEAKER(NG.speaker), VISITOR(NG.visitor),
    DESTINATION(NG.destination), ATTACKER(NG.attacker), TARGET(NG.target), LOCATION(NG.location);

    /**
     * The properties through which any entity, agent or place, appears in an event: every
     * agent is a participant, and places are reached only through these three.
     */
    static final List<Part> APPEARANCE = List.of(PARTICIPANT, DESTINATION, TARGET, LOCATION);

    private final Property property;

    Part(Property property) {
        this.property = property;
    }

    Node node() {
        return property.asNode();
    }

    /** The name of the part, as the JSON and pages show it: "pledger". */
    String label() {
        return property.getLocalName();
    }

    /** The part that {@code property} stands for; empty for any other property. */
    static Optional<Part> of(Node property) {
        return Arrays.stream(values()).filter(p -> p.node().equals(property)).findFirst();
    }

    /** The SPARQL list of the parts' properties, for {@code FILTER(?p IN (...))}. */
    static String list(List<Part> parts) {
        return String.join(", ", parts.stream().map(p -> "<" + p.property.getURI() + ">").toList());
    }

    /** All the parts, for {@code FILTER(?p IN (...))}. */
    static String all() {
        return list(List.of(values()));
    }
}
