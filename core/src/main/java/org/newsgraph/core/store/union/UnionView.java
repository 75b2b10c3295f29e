package org.newsgraph.core.store.union;

import org.newsgraph.core.store.layout.DatasetLayout;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.graph.GraphZero;

/**
 * The store as clients see it: its post graphs, named, and a read-only default graph that is
 * their union (the {@link MergedUnion}). The stored default graph, which holds the store's
 * bookkeeping, and the layer's own graph are out of sight whatever a client asks for:
 * {@code GRAPH <urn:x-arq:DefaultGraph>} and {@code <urn:x-arq:UnionGraph>} both read the union.
 * <p>
 * A {@link DatasetGraphWrapperView}, so that Jena does not unwrap it and answer from the store
 * underneath.
 */
public abstract class UnionView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionView(DatasetGraph store) {
        super(store);
    }

    /** Whether {@code graph} names the default graph: Jena's names for it, for the union, or none. */
    public static boolean isDefault(Node graph) {
        return graph == null || Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(getWrapped().getGraph(DatasetLayout.UNION));
    }

    @Override
    public Graph getUnionGraph() {
        return getDefaultGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (isDefault(graphNode)) {
            return getDefaultGraph();
        }
        return MergedUnion.isLayer(graphNode) ? GraphZero.instance() : namedGraph(graphNode);
    }

    /** A named post graph (never the layer or a default graph). */
    abstract Graph namedGraph(Node graphNode);

    @Override
    public boolean containsGraph(Node graphNode) {
        return isDefault(graphNode) || !MergedUnion.isLayer(graphNode) && super.containsGraph(graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.filter(super.listGraphNodes(), name -> !MergedUnion.isLayer(name));
    }

    @Override
    public Iterator<Quad> find() {
        return findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    /** Like Jena's, a null or ANY graph matches every graph: here, every named graph, since the default graph is their union. */
    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || Node.ANY.equals(g)) {
            return findNG(Node.ANY, s, p, o);
        }
        if (isDefault(g)) {
            Node name = Quad.isUnionGraph(g) ? Quad.unionGraph : Quad.defaultGraphIRI;
            return Iter.map(getDefaultGraph().find(s, p, o), t -> Quad.create(name, t));
        }
        return findNG(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (MergedUnion.isLayer(g)) {
            return Iter.nullIterator();
        }
        Iterator<Quad> quads = super.findNG(g, s, p, o);
        return Node.ANY.equals(g) || g == null ? Iter.filter(quads, q -> !MergedUnion.isLayer(q.getGraph())) : quads;
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean isEmpty() {
        return !find().hasNext();
    }

    @Override
    public long size() {
        return Iter.count(listGraphNodes());
    }
}
