package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * An entity's timeline: the events it appears in, in any part, ordered by the time the text
 * gives for them, else by their first report.
 * <pre>
 *   Timeline t = timelines.of(ines, 50);   // t.events().get(0).parts() == ["chair"]
 * </pre>
 */
@ApplicationScoped
class Timelines {
    private final EventIndexLoader graph;
    private final EventCards events;
    private final EntityNames names;

    Timelines(EventIndexLoader graph, EventCards events, EntityNames names) {
        this.graph = graph;
        this.events = events;
        this.names = names;
    }

    Timeline of(Node entity, int limit) {
        Map<Node, ?> mine = graph.ready().appearances(entity);
        List<Node> first = EventCards.chronological(graph.ready().dates(mine.keySet()).values()).stream()
                .limit(limit).map(EventCards.Dated::event).toList();
        return new Timeline(names.of(entity), mine.size(), events.items(first, entity));
    }
}
