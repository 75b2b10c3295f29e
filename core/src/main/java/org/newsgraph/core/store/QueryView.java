package org.newsgraph.core.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The read-only view {@link Store#read} hands out. Queries over it run on TDB2's engine against
 * the merged layer ({@link MergedLayerEngine}), the store's fast path.
 */
final class QueryView extends LayeredView {

    QueryView(DatasetGraph store) {
        super(store);
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
