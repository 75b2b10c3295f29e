package org.newsgraph.core.store.union;

import java.util.Optional;
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

    public QueryView(DatasetGraph store) {
        this(store, null);
    }

    /** A view whose default-graph queries may be answered from {@code memory} (null for none). */
    public QueryView(DatasetGraph store, UnionInMemory memory) {
        super(store);
        this.memory = memory;
    }

    /** The in-memory copy of the layer as it is now, when one is held; read for one query. */
    Optional<UnionInMemory.Snapshot> memorySnapshot() {
        return memory == null ? Optional.empty() : memory.open();
    }

    /** Whether queries over this view may be answered from memory. */
    boolean inMemory() {
        return memory != null && memory.held();
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
