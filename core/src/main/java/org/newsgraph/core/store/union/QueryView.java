package org.newsgraph.core.store.union;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.memory.UnionInMemory;

/**
 * The read-only view {@link Store#read} hands out. Queries over it run on TDB2's engine against
 * the merged layer ({@link MergedUnionEngine}), the store's fast path, or on the layer's copy in
 * memory when the store keeps one ({@link UnionInMemory}).
 */
public final class QueryView extends UnionView {
    private final UnionInMemory memory;
    private final Queue<UnionInMemory.Snapshot> opened = new ConcurrentLinkedQueue<>();

    public QueryView(DatasetGraph store) {
        this(store, null);
    }

    /** A view whose default-graph queries may be answered from {@code memory} (null for none). */
    public QueryView(DatasetGraph store, UnionInMemory memory) {
        super(store);
        this.memory = memory;
    }

    /**
     * The in-memory copy of the layer as it is now, when one is held; closed with the query that
     * reads it, or by {@link #release()} at the latest.
     */
    Optional<UnionInMemory.Snapshot> memorySnapshot() {
        if (memory == null) {
            return Optional.empty();
        }
        Optional<UnionInMemory.Snapshot> snapshot = memory.open();
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
    public void release() {
        opened.forEach(UnionInMemory.Snapshot::close);
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
