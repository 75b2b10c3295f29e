package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Co-occurrence: for one entity, who appears with it in events, or the most frequent pairs of
 * the whole store; each pair with the number of events it shares and of stories mentioning both.
 * <pre>
 *   coOccurrences.of(ines, 20);   // Karl Brandt: 2 events, 2 stories; ...
 *   coOccurrences.top(20);        // the pairs with most shared events
 * </pre>
 */
@ApplicationScoped
class CoOccurrences {
    private final EventIndexLoader graph;
    private final EntityNames names;

    CoOccurrences(EventIndexLoader graph, EntityNames names) {
        this.graph = graph;
        this.names = names;
    }

    /** The {@code limit} entities that share most events with {@code entity}, most first, then by IRI. */
    CoOccurrence of(Node entity, int limit) {
        List<EventIndex.Pair> pairs = graph.ready().companions(entity).entrySet().stream()
                .sorted(Map.Entry.<Node, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().getURI()))
                .limit(limit).map(e -> new EventIndex.Pair(entity, e.getKey(), e.getValue())).toList();
        return new CoOccurrence(names.of(entity), pairs(pairs));
    }

    /** The {@code limit} pairs of the store that share most events. */
    CoOccurrence top(int limit) {
        return new CoOccurrence(null, pairs(graph.ready().topPairs(limit)));
    }

    private List<CoOccurrence.Pair> pairs(List<EventIndex.Pair> found) {
        Set<Node> entities = new HashSet<>();
        found.forEach(pair -> {
            entities.add(pair.a());
            entities.add(pair.b());
        });
        Map<Node, Set<Node>> stories = graph.ready().stories(entities);
        Map<Node, EntityRef> named = names.of(entities);
        List<CoOccurrence.Pair> pairs = new ArrayList<>();
        for (EventIndex.Pair pair : found) {
            Set<Node> both = new HashSet<>(stories.get(pair.a()));
            both.retainAll(stories.get(pair.b()));
            pairs.add(new CoOccurrence.Pair(named.get(pair.a()), named.get(pair.b()), pair.events(), both.size()));
        }
        return pairs;
    }
}
