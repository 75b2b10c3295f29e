package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

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
    private static final Query COMPANIONS = GraphQueries.parse("""
            SELECT ?b (COUNT(DISTINCT ?event) AS ?events)
            WHERE { ?event ?p ?a FILTER(?p IN (%1$s))
                    ?event ?q ?b FILTER(?q IN (%1$s) && ?b != ?a) }
            GROUP BY ?b ORDER BY DESC(?events) STR(?b)
            """.formatted(Part.list(Part.APPEARANCE)));
    /** Each appearance property is bound in turn, so each is read through its index, not by a scan. */
    private static final Query PAIRS = GraphQueries.parse("""
            SELECT ?a ?b (COUNT(DISTINCT ?event) AS ?events)
            WHERE { VALUES ?p { %1$s }
                    ?event ?p ?a .
                    ?event ?q ?b FILTER(?q IN (%2$s) && STR(?a) < STR(?b)) }
            GROUP BY ?a ?b ORDER BY DESC(?events) STR(?a) STR(?b)
            """.formatted(Part.list(Part.APPEARANCE).replace(",", ""), Part.list(Part.APPEARANCE)));
    private static final Query STORIES = GraphQueries.parse("""
            SELECT DISTINCT ?entity ?story WHERE { ?entity ng:mentionedIn ?post . ?post ng:inStory ?story }
            """);

    private final GraphQueries queries;
    private final Names names;

    CoOccurrences(GraphQueries queries, Names names) {
        this.queries = queries;
        this.names = names;
    }

    /** The {@code limit} entities that share most events with {@code entity}. */
    CoOccurrence of(Node entity, int limit) {
        List<Binding> rows = queries.select(limited(COMPANIONS, limit), Map.of("a", entity));
        return new CoOccurrence(names.of(entity), pairs(rows.stream()
                .map(row -> BindingFactory.binding(row, Var.alloc("a"), entity)).toList()));
    }

    /** The {@code limit} pairs of the store that share most events. */
    CoOccurrence top(int limit) {
        return new CoOccurrence(null, pairs(queries.select(limited(PAIRS, limit), Map.of())));
    }

    private List<CoOccurrence.Pair> pairs(List<Binding> rows) {
        Set<Node> entities = new HashSet<>();
        rows.forEach(row -> {
            entities.add(row.get("a"));
            entities.add(row.get("b"));
        });
        Map<Node, Set<Node>> stories = new HashMap<>();
        for (Binding row : queries.select(STORIES, Map.of(), "entity", entities)) {
            stories.computeIfAbsent(row.get("entity"), e -> new HashSet<>()).add(row.get("story"));
        }
        Map<Node, EntityRef> named = names.of(entities);
        List<CoOccurrence.Pair> pairs = new ArrayList<>();
        for (Binding row : rows) {
            Set<Node> both = new HashSet<>(stories.getOrDefault(row.get("a"), Set.of()));
            both.retainAll(stories.getOrDefault(row.get("b"), Set.of()));
            pairs.add(new CoOccurrence.Pair(named.get(row.get("a")), named.get(row.get("b")),
                    ((Number) row.get("events").getLiteralValue()).intValue(), both.size()));
        }
        return pairs;
    }

    private static Query limited(Query query, int limit) {
        Query copy = query.cloneQuery();
        copy.setLimit(limit);
        return copy;
    }
}
