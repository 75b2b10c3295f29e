package org.newsgraph.core.store.layout;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Where the store keeps what in its TDB2 dataset, beside one named graph per post: the graph
 * the union is kept merged in, and the node the store's bookkeeping (its base, the text index's
 * generation, whether the union was built) hangs on in the default graph. Clients never see
 * either: the views of the union hide them.
 */
public final class DatasetLayout {
    /** The graph the union of the post graphs is kept merged in; clients see it as the default graph. */
    public static final Node UNION = NodeFactory.createURI("urn:newsgraph:merged");
    /** The subject of the store's bookkeeping triples, in the dataset's own default graph. */
    public static final Node STORE = NodeFactory.createURI("urn:newsgraph:store");

    private DatasetLayout() {}
}
