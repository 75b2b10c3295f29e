package org.newsgraph.core.store;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The store as clients may see and change it: its named graphs, and a read-only default graph
 * that is their union. The stored default graph, which holds the store's bookkeeping (base, slug
 * registry), is neither visible nor writable through this view, whatever a client asks for:
 * {@code GRAPH <urn:x-arq:DefaultGraph>}, {@code CLEAR ALL} and a forgotten {@code GRAPH} in an
 * update all land on the union or are refused with {@link UpdateRefused}.
 * <p>
 * A {@link DatasetGraphWrapperView}, so that TDB2's query engine does not unwrap it and answer
 * from the store underneath: queries over it run on ARQ's general engine, slower than over the
 * store itself, so {@link Store#read} keeps the fast path and this view serves updates and
 * requests that name their own dataset.
 */
final class NamedGraphsView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    static final String DEFAULT_IS_UNION = "newsgraph keeps every fact in a named graph and its default graph"
            + " is the read-only union of them; name the graph to change (GRAPH <g>, WITH <g>, INTO GRAPH <g>)";

    NamedGraphsView(DatasetGraph store) {
        super(store);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(getWrapped().getUnionGraph());
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)
                ? getDefaultGraph() : super.getGraph(graphNode);
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode) || super.containsGraph(graphNode);
    }

    @Override
    public Iterator<Quad> find() {
        return findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) {
            Node name = Quad.isUnionGraph(g) ? Quad.unionGraph : Quad.defaultGraphIRI;
            return Iter.map(getDefaultGraph().find(s, p, o), t -> Quad.create(name, t));
        }
        return findNG(g, s, p, o);
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

    @Override
    public void add(Quad quad) {
        add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        super.add(named(g), s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        super.delete(named(g), s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (Node.ANY.equals(g)) {
            Iter.toList(listGraphNodes()).forEach(name -> super.deleteAny(name, s, p, o));
        } else {
            super.deleteAny(named(g), s, p, o);
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
        deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    /** The graph name of a change, refused when it is the default graph (the union) or no name. */
    private static Node named(Node g) {
        if (g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g) || !g.isURI()) {
            throw new UpdateRefused(DEFAULT_IS_UNION);
        }
        return g;
    }
}
