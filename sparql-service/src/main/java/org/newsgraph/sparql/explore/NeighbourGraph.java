package org.newsgraph.sparql.explore;

import java.util.List;

/**
 * An entity's neighbourhood as a graph to draw: the entity, its most connected neighbours, and
 * one edge per neighbour and relation carrying the times of its events, so that a page can
 * filter the drawing by relation and by time without asking again.
 *
 * @param total how many neighbours the entity has; {@code nodes} holds it and at most the limit of them
 */
public record NeighbourGraph(EntityRef entity, int total, List<GraphNode> nodes, List<Edge> edges) {

    /** A node: an entity and the number of events it shares with the centre (0 for the centre). */
    public record GraphNode(EntityRef entity, int events) {}

    /**
     * From the centre to a neighbour, in one relation.
     *
     * @param times the time of each of its events (at most {@link RelatedEntities#MAX_TIMES}), earliest first
     */
    public record Edge(String source, String target, String relation, String label, int events, List<String> times) {}
}
