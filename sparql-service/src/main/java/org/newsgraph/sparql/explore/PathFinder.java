package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.sparql.refusal.TimedOut;

/**
 * The shortest paths between two entities through events: a breadth-first search from both
 * ends at once, one SPARQL lookup per level (the entities of the level bound as a VALUES
 * table), always widening the smaller side, until the two sides meet.
 * <pre>
 *   Paths p = finder.find(ines, mara, 4, 10);   // Ines Varga –Meeting– Karl Brandt –Meeting– Mara Olsen, ...
 * </pre>
 * Bounded three ways: at most {@code maxLength} hops; at most {@link #MAX_REACHED} entities
 * reached (then the answer says it is incomplete); and the whole search within the query
 * timeout (then 503).
 */
@ApplicationScoped
class PathFinder {
    static final int MAX_REACHED = 20_000;
    private final GraphQueries queries;
    private final EventIndexLoader graph;
    private final EntityNames names;

    PathFinder(GraphQueries queries, EventIndexLoader graph, EntityNames names) {
        this.queries = queries;
        this.graph = graph;
        this.names = names;
    }

    Paths find(Node from, Node to, int maxLength, int limit) {
        Instant deadline = Instant.now().plus(queries.timeout());
        Side forward = new Side(from);
        Side backward = new Side(to);
        Set<Node> meeting = new LinkedHashSet<>();
        boolean complete = true;
        if (from.equals(to)) {
            meeting.add(from);
        }
        while (meeting.isEmpty() && forward.depth + backward.depth < maxLength) {
            Side side = forward.frontier.size() <= backward.frontier.size() ? forward : backward;
            Side other = side == forward ? backward : forward;
            if (side.frontier.isEmpty()) {
                break;
            }
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new TimedOut("path search", queries.timeout(), "try a shorter maximum length", null);
            }
            side.widen(graph.ready().hops(side.frontier));
            side.frontier.stream().filter(other.parents::containsKey).forEach(meeting::add);
            if (meeting.isEmpty() && forward.parents.size() + backward.parents.size() > MAX_REACHED) {
                complete = false;
                break;
            }
        }
        List<List<Link>> found = new ArrayList<>();
        for (Node middle : meeting) {
            for (List<Link> head : forward.pathsTo(middle, limit)) {
                for (List<Link> tail : backward.pathsTo(middle, limit)) {
                    List<Link> path = new ArrayList<>(head);
                    for (int i = tail.size() - 1; i >= 0; i--) {
                        Link back = tail.get(i);
                        path.add(new Link(back.to, back.event, back.from));
                    }
                    found.add(path);
                }
            }
        }
        found.sort(Comparator.comparing(PathFinder::key));
        List<List<Link>> kept = found.stream().limit(limit).toList();
        return new Paths(names.of(from), names.of(to), maxLength, meeting.isEmpty() ? null : forward.depth + backward.depth,
                complete, described(kept));
    }

    private List<Paths.Path> described(List<List<Link>> paths) {
        Set<Node> entities = new HashSet<>();
        Set<Node> eventNodes = new HashSet<>();
        paths.forEach(path -> path.forEach(link -> {
            entities.add(link.from);
            entities.add(link.to);
            eventNodes.add(link.event);
        }));
        Map<Node, EntityRef> named = names.of(entities);
        Map<Node, EventCards.Dated> dates = graph.ready().dates(eventNodes);
        return paths.stream().map(path -> new Paths.Path(path.stream().map(link -> {
            EventCards.Dated dated = dates.get(link.event);
            return new Paths.Hop(named.get(link.from), new Paths.EventStep(link.event.getURI(),
                    dated == null ? "Event" : dated.type(), dated == null ? "" : dated.when().text()), named.get(link.to));
        }).toList())).toList();
    }

    private static String key(List<Link> path) {
        StringBuilder key = new StringBuilder();
        path.forEach(l -> key.append(l.event.getURI()).append(' ').append(l.to.getURI()).append(' '));
        return key.toString();
    }

    /** A hop from one entity to the next through an event. */
    private record Link(Node from, Node event, Node to) {}

    /** One end of the search: what it has reached, how, and the entities of its last level. */
    private static final class Side {
        /** Each entity reached, with the hops that reach it from the previous level (none for the start). */
        private final Map<Node, List<Link>> parents = new HashMap<>();
        private Set<Node> frontier = new LinkedHashSet<>();
        private int depth;

        Side(Node start) {
            parents.put(start, List.of());
            frontier.add(start);
        }

        /** Reaches the next level from the rows of the hops lookup. */
        void widen(List<EventIndex.Hop> hops) {
            Set<Node> next = new LinkedHashSet<>();
            for (EventIndex.Hop hop : hops) {
                Node to = hop.to();
                if (!parents.containsKey(to) || next.contains(to)) {
                    next.add(to);
                    parents.computeIfAbsent(to, t -> new ArrayList<>()).add(new Link(hop.from(), hop.event(), to));
                }
            }
            frontier = next;
            depth++;
        }

        /** Up to {@code limit} paths from the start to {@code node}, each as its hops in order. */
        List<List<Link>> pathsTo(Node node, int limit) {
            List<Link> into = parents.get(node);
            if (into.isEmpty()) {
                return List.of(List.of());
            }
            List<List<Link>> paths = new ArrayList<>();
            for (Link link : into) {
                for (List<Link> before : pathsTo(link.from, limit)) {
                    if (paths.size() == limit) {
                        return paths;
                    }
                    List<Link> path = new ArrayList<>(before);
                    path.add(link);
                    paths.add(path);
                }
            }
            return paths;
        }
    }
}
