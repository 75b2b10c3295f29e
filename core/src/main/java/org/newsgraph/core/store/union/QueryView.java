package org.newsgraph.core.store;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    private final Queue<MemoryLayer.Snapshot> opened = new ConcurrentLinkedQueue<>();

    QueryView(DatasetGraph store) {
        this(store, null);
    }

    /** A view whose default-graph queries may be answered from {@code memory} (null for none). */
    QueryView(DatasetGraph store, MemoryLayer memory) {
        super(store);
        this.memory = memory;
    }

    /**
     * The in-memory copy of the layer as it is now, when one is held; closed with the query that
     * reads it, or by {@link #release()} at the latest.
     */
    Optional<MemoryLayer.Snapshot> memorySnapshot() {
        if (memory == null) {
            return Optional.empty();
        }
        Optional<MemoryLayer.Snapshot> snapshot = memory.open();
        snapshot.ifPresent(opened::add);
        return snapshot;
    }

    /** Whether queries over this view may be answered from memory. */
    boolean inMemory() {
        return memory != null && memory.held();
    }

    /**
     * Closes the snapshots queries over this view left open (a query that was not closed): the
     * view ends with its read transaction, and so do they, so that no forgotten query keeps old
     * versions in memory.
     */
    void release() {
        opened.forEach(MemoryLayer.Snapshot::close);
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
