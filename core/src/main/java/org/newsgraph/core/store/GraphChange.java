package org.newsgraph.core.store;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * One change of a named graph read from a log: its new content, or its deletion.
 * <pre>
 *   store.apply(List.of(GraphChange.replace(iri, graph), GraphChange.delete(other)), Map.of("newsgraph.graphs-0", 42L));
 * </pre>
 *
 * @param graphIri the named graph
 * @param graph    what replaces it; empty to delete it
 */
public record GraphChange(String graphIri, Optional<Graph> graph) {
    public GraphChange {
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(graph, "graph");
    }

    /** The graph {@code graphIri} becomes {@code graph}. */
    public static GraphChange replace(String graphIri, Graph graph) {
        return new GraphChange(graphIri, Optional.of(graph));
    }

    /** The graph {@code graphIri} is deleted. */
    public static GraphChange delete(String graphIri) {
        return new GraphChange(graphIri, Optional.empty());
    }
}
