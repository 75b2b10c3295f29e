package org.newsgraph.ingest.evaluate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.ontology.NG;

/**
 * The SPARQL the scorer asks, word for word the reference scorer's, so that both read the same
 * solutions. Each query joins names, amounts and role details itself, and uses only the terms of
 * the ontology contract over the default graph (the union of the post graphs).
 */
final class ScorerQueries {
    /** The event types scored, in report order. */
    static final List<String> EVENT_TYPES = List.of("Meeting", "Pledge", "Accusation", "Statement", "Visit", "Attack");
    /** The entity types, in the order that decides the type of a node typed with several. */
    static final List<String> ENTITY_TYPES = List.of("Country", "Person", "Organisation", "Place");

    private static final Map<String, List<String>> EVENT_PROPERTIES = Map.of(
            "Meeting", List.of("participant", "chair", "location", "time"),
            "Pledge", List.of("participant", "pledger", "recipient", "amount", "purpose", "until", "location", "time"),
            "Accusation", List.of("participant", "accuser", "accused", "allegation", "location", "time"),
            "Statement", List.of("participant", "speaker", "quote", "location", "time"),
            "Visit", List.of("participant", "visitor", "destination", "location", "time"),
            "Attack", List.of("participant", "attacker", "target", "location", "time"));
    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    static final String ENTITIES = PREFIXES + """
            # scorer:entities
            SELECT ?e ?type ?kind ?name WHERE {
              VALUES ?type { ng:Person ng:Organisation ng:Country ng:Place }
              ?e a/rdfs:subClassOf* ?type .
              OPTIONAL {
                { ?e rdfs:label ?name . BIND("label" AS ?kind) }
                UNION
                { ?e ng:alias ?name . BIND("alias" AS ?kind) }
              }
            }""";

    static final String ROLES = PREFIXES + """
            # scorer:roles
            SELECT ?p ?pname ?role ?title ?of ?ofname WHERE {
              ?p ng:holdsRole ?role .
              OPTIONAL { { ?p rdfs:label ?pname } UNION { ?p ng:alias ?pname } }
              OPTIONAL { ?role ng:title ?title }
              OPTIONAL {
                ?role ng:roleOf ?of .
                OPTIONAL { { ?of rdfs:label ?ofname } UNION { ?of ng:alias ?ofname } }
              }
            }""";

    private ScorerQueries() {}

    /** The events of one type with every value of the type's properties, and the values' names and amounts. */
    static String events(String type) {
        String properties = EVENT_PROPERTIES.get(type).stream().map(p -> "ng:" + p).collect(Collectors.joining(" "));
        return PREFIXES + """
                # scorer:event:%s
                SELECT ?ev ?prop ?val ?name ?av ?ac WHERE {
                  ?ev a/rdfs:subClassOf* ng:%s .
                  OPTIONAL {
                    VALUES ?prop { %s }
                    ?ev ?prop ?val .
                    OPTIONAL { { ?val rdfs:label ?name } UNION { ?val ng:alias ?name } }
                    OPTIONAL { ?val ng:value ?av }
                    OPTIONAL { ?val ng:currency ?ac }
                  }
                }""".formatted(type, type, properties);
    }
}
