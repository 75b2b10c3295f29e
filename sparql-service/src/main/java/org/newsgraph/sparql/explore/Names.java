package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.ontology.NG;

/**
 * The labels and kinds of entities, looked up together.
 * <pre>
 *   Map&lt;Node, EntityRef&gt; names = names.of(List.of(ines, freedonia));
 *   names.get(ines).label();   // "Ines Varga"
 * </pre>
 * A node typed with several kinds gets the first of Person, Organisation, Country, Place.
 */
@ApplicationScoped
class Names {
    private static final List<String> KINDS = List.of("Person", "Organisation", "Country", "Place");
    private static final Query NAMES = GraphQueries.parse("""
            SELECT ?entity (MIN(STR(?name)) AS ?label) (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
            WHERE { OPTIONAL { ?entity rdfs:label ?name }
                    OPTIONAL { ?entity a ?type FILTER(?type IN (ng:Person, ng:Organisation, ng:Country, ng:Place)) } }
            GROUP BY ?entity
            """);

    private final GraphQueries queries;

    Names(GraphQueries queries) {
        this.queries = queries;
    }

    /** Each of {@code entities} with its label and kind. */
    Map<Node, EntityRef> of(Collection<Node> entities) {
        Map<Node, EntityRef> names = new HashMap<>();
        for (Binding row : queries.select(NAMES, Map.of(), "entity", entities)) {
            Node entity = row.get("entity");
            String types = row.contains("types") ? row.get("types").getLiteralLexicalForm() : "";
            String kind = KINDS.stream().filter(k -> types.contains(NG.NS + k)).findFirst().orElse("");
            String label = row.contains("label") ? row.get("label").getLiteralLexicalForm() : lastSegment(entity.getURI());
            names.put(entity, new EntityRef(entity.getURI(), label, kind));
        }
        entities.forEach(e -> names.putIfAbsent(e, new EntityRef(e.getURI(), lastSegment(e.getURI()), "")));
        return names;
    }

    /** One entity's name. */
    EntityRef of(Node entity) {
        return of(List.of(entity)).get(entity);
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
