package org.newsgraph.core.store;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The read-only view {@link Store#read} hands out. Queries over it run on TDB2's engine against
 * the merged layer ({@link MergedLayerEngine}), the store's fast path, or on the layer's copy in
 * memory when the store keeps one ({@link MemoryLayer}).
 */
final class QueryView extends LayeredView {
    private final MemoryLayer memory;

    QueryView(DatasetGraph store) {
        this(store, null);
    }

    /** A view whose default-graph queries may be answered from {@code memory} (null for none). */
    QueryView(DatasetGraph store, MemoryLayer memory) {
        super(store);
        this.memory = memory;
    }

    /** The in-memory copy of the layer to answer from, when one is held. */
    Optional<MemoryLayer> memory() {
        return Optional.ofNullable(memory).filter(MemoryLayer::held);
    }

    @Override
    Graph namedGraph(Node graphNode) {
        return new GraphReadOnly(getWrapped().getGraph(graphNode));
    }

    /** The TDB2 store underneath, for the query engine. */
    DatasetGraph store() {
        return getWrapped();
    }
}
