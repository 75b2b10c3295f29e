package org.newsgraph.core.store.union;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.core.store.UpdateRefused;

/**
 * The store as clients may change it: its named graphs, writable, and their union as a
 * read-only default graph. Every change goes through the {@link MergedUnion}, so the union stays
 * in step; a change to the default graph (the union), to a graph without a name, or to the
 * layer's own graph is refused with {@link UpdateRefused}: a forgotten {@code GRAPH} in an
 * update, {@code GRAPH <urn:x-arq:DefaultGraph>} and {@code CLEAR ALL} cannot touch the
 * bookkeeping. Queries over this view run on ARQ's general engine, slower than over
 * {@link QueryView}; it serves updates and requests that name their own dataset.
 */
public final class NamedGraphsView extends UnionView {
    public static final String DEFAULT_IS_UNION = "newsgraph keeps every fact in a named graph and its default graph"
            + " is the read-only union of them; name the graph to change (GRAPH <g>, WITH <g>, INTO GRAPH <g>)";

    private final MergedUnion layer;

    public NamedGraphsView(DatasetGraph store, MergedUnion layer) {
        super(store);
        this.layer = layer;
    }

    /** A view that sends a graph's changes (as CLEAR, COPY, MOVE make them) through this dataset. */
    @Override
    Graph namedGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        layer.add(named(g), Triple.create(s, p, o));
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        layer.remove(named(g), Triple.create(s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (!Node.ANY.equals(g)) {
            layer.removeMatching(named(g), s, p, o);
        } else if (Node.ANY.equals(s) && Node.ANY.equals(p) && Node.ANY.equals(o)) {
            layer.clearAll();
        } else {
            Iter.toList(listGraphNodes()).forEach(name -> layer.removeMatching(name, s, p, o));
        }
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(named(graphName), Node.ANY, Node.ANY, Node.ANY);
    }

    /** Empties every named graph; the bookkeeping stays. */
    @Override
    public void clear() {
        layer.clearAll();
    }

    /** The graph name of a change, refused when it is the default graph (the union), the layer or no name. */
    private static Node named(Node g) {
        if (isDefault(g) || !g.isURI()) {
            throw new UpdateRefused(DEFAULT_IS_UNION);
        }
        MergedUnion.reserved(g).ifPresent(why -> {
            throw new UpdateRefused(why);
        });
        return g;
    }
}
