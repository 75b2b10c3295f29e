package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Who an entity is related to through events, and how: it met them, pledged to them, was
 * accused by them... Each event relates it to each other entity in it by the parts both play
 * ({@link Relation#between}).
 * <pre>
 *   NeighbourGroups n = neighbourhoods.neighbours(ines, 20);      // grouped by relation, with counts
 *   NeighbourGraph g = neighbourhoods.graph(ines, 200);       // the same, as nodes and edges to draw
 * </pre>
 */
@ApplicationScoped
class RelatedEntities {
    /** The most event times an edge of the drawing carries. */
    static final int MAX_TIMES = 500;
    private final EventIndexLoader graph;
    private final EntityNames names;

    RelatedEntities(EventIndexLoader graph, EntityNames names) {
        this.graph = graph;
        this.names = names;
    }

    /** The neighbours of {@code entity} by relation, at most {@code limit} in each. */
    NeighbourGroups neighbours(Node entity, int limit) {
        EventIndex.Related ties = graph.ready().related(entity);
        Map<Node, EntityRef> named = names.of(ties.byNeighbour().keySet());
        List<NeighbourGroups.Group> groups = new ArrayList<>();
        for (Relation relation : Relation.values()) {
            List<NeighbourGroups.Neighbour> related = new ArrayList<>();
            ties.byNeighbour().forEach((other, relations) -> {
                List<When> times = relations.getOrDefault(relation, Set.of()).stream()
                        .map(e -> ties.dates().get(e).when()).sorted(When.ORDER).toList();
                if (!times.isEmpty()) {
                    related.add(new NeighbourGroups.Neighbour(named.get(other), times.size(), times.get(0).text(),
                            times.get(times.size() - 1).text()));
                }
            });
            if (!related.isEmpty()) {
                related.sort(Comparator.comparingInt(NeighbourGroups.Neighbour::events).reversed()
                        .thenComparing(n -> n.entity().label()).thenComparing(n -> n.entity().iri()));
                groups.add(new NeighbourGroups.Group(relation.key(), relation.label(), related.size(),
                        related.stream().limit(limit).toList()));
            }
        }
        return new NeighbourGroups(names.of(entity), groups);
    }

    /** The neighbourhood of {@code entity} as a graph of it and its {@code limit} most connected neighbours. */
    NeighbourGraph graph(Node entity, int limit) {
        EventIndex.Related ties = graph.ready().related(entity);
        Map<Node, Integer> shared = new HashMap<>();
        ties.byNeighbour().forEach((other, relations) -> shared.put(other,
                (int) relations.values().stream().flatMap(Set::stream).distinct().count()));
        List<Node> kept = shared.keySet().stream()
                .sorted(Comparator.comparing((Node n) -> shared.get(n)).reversed().thenComparing(Node::getURI))
                .limit(limit).toList();
        List<Node> all = new ArrayList<>(kept);
        all.add(entity);
        Map<Node, EntityRef> named = names.of(all);
        List<NeighbourGraph.GraphNode> nodes = new ArrayList<>();
        nodes.add(new NeighbourGraph.GraphNode(named.get(entity), 0));
        List<NeighbourGraph.Edge> edges = new ArrayList<>();
        for (Node other : kept) {
            nodes.add(new NeighbourGraph.GraphNode(named.get(other), shared.get(other)));
            ties.byNeighbour().get(other).forEach((relation, evs) -> edges.add(new NeighbourGraph.Edge(
                    entity.getURI(), other.getURI(), relation.key(), relation.label(), evs.size(),
                    evs.stream().map(e -> ties.dates().get(e).when()).sorted(When.ORDER).limit(MAX_TIMES)
                            .map(When::text).toList())));
        }
        return new NeighbourGraph(named.get(entity), shared.size(), nodes, edges);
    }
}
