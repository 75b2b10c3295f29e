package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The labels and kinds of entities, looked up together.
 * <pre>
 *   Map&lt;Node, EntityRef&gt; names = names.of(List.of(ines, freedonia));
 *   names.get(ines).label();   // "Ines Varga"
 * </pre>
 * A node typed with several kinds gets the first of Person, Organisation, Country, Place; one
 * with several labels the least; one without a label the last segment of its IRI.
 */
@ApplicationScoped
class EntityNames {
    private final EventIndexLoader graph;

    EntityNames(EventIndexLoader graph) {
        this.graph = graph;
    }

    /** Each of {@code entities} with its label and kind. */
    Map<Node, EntityRef> of(Collection<Node> entities) {
        return graph.ready().names(entities);
    }

    /** One entity's name. */
    EntityRef of(Node entity) {
        return of(List.of(entity)).get(entity);
    }
}
