package org.newsgraph.core.store.union;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.core.store.layout.DatasetLayout;
import org.newsgraph.core.store.UnionFollower;
import org.newsgraph.core.store.search.SearchIndex;

/**
 * The union of all post graphs, kept as one stored graph in step with them: every write to a
 * named graph goes through here, in the writer's transaction, and adds its triple to the layer
 * or removes it once no named graph holds it any more.
 * <p>
 * Why: SPARQL over TDB2's union default graph scans the quads of every graph that repeats a
 * triple (an entity's label is in each post that mentions it) and drops the copies, so
 * aggregates over thousands of posts spend most of their time on duplicates. Queries over the
 * layer read each triple once, from an index of distinct triples, and answer exactly what the
 * union would. {@link QueryView} and {@link MergedUnionEngine} point queries at it.
 * <p>
 * The {@link SearchIndex} follows the layer: a headline, body or quote is indexed when it enters
 * the layer and dropped when it leaves. So do the {@link UnionFollower}s, through {@link UnionChanges}.
 */
public final class MergedUnion {
    /** Marks, in the bookkeeping, a store whose layer has been built (stores older than it lack it). */
    private static final Node BUILT = NodeFactory.createURI("urn:newsgraph:mergedLayer");

    private final DatasetGraph dsg;
    private final SearchIndex search;
    private final UnionChanges changes;

    /**
     * The layer of {@code dsg}, the TDB2 store itself, with its text index and the changes its
     * followers are told of; its methods need a write transaction.
     */
    public MergedUnion(DatasetGraph dsg, SearchIndex search, UnionChanges changes) {
        this.dsg = dsg;
        this.search = search;
        this.changes = changes;
    }

    public static boolean isLayer(Node graph) {
        return DatasetLayout.UNION.equals(graph);
    }

    /** Adds {@code triple} to the named graph {@code graph}, and to the layer. */
    public void add(Node graph, Triple triple) {
        Node s = triple.getSubject();
        Node p = triple.getPredicate();
        Node o = triple.getObject();
        dsg.add(graph, s, p, o);
        // Whether the triple is new to the layer matters only to the index and the followers.
        boolean entering = (SearchIndex.indexes(p) || changes.follows(p)) && !dsg.contains(DatasetLayout.UNION, s, p, o);
        dsg.add(DatasetLayout.UNION, s, p, o);
        if (entering) {
            if (SearchIndex.indexes(p)) {
                search.add(triple);
            }
            changes.entered(triple);
        }
    }

    /** Removes {@code triple} from {@code graph}, and from the layer when no other graph holds it. */
    public void remove(Node graph, Triple triple) {
        Node s = triple.getSubject();
        Node p = triple.getPredicate();
        Node o = triple.getObject();
        dsg.delete(graph, s, p, o);
        boolean elsewhere = Iter.anyMatch(dsg.findNG(Node.ANY, s, p, o), q -> !isLayer(q.getGraph()));
        if (!elsewhere) {
            if ((SearchIndex.indexes(p) || changes.follows(p)) && dsg.contains(DatasetLayout.UNION, s, p, o)) {
                if (SearchIndex.indexes(p)) {
                    search.remove(triple);
                }
                changes.left(triple);
            }
            dsg.delete(DatasetLayout.UNION, s, p, o);
        }
    }

    /** Removes every triple of {@code graph} matching the pattern (ANY for all). */
    public void removeMatching(Node graph, Node s, Node p, Node o) {
        List<Triple> matching = Iter.toList(Iter.map(dsg.findNG(graph, s, p, o), Quad::asTriple));
        matching.forEach(t -> remove(graph, t));
    }

    /** Empties every named graph, the layer and its text index; the bookkeeping stays. */
    void clearAll() {
        Iter.toList(triples(dsg, changes.followsEveryPredicate(), changes.predicates())).forEach(changes::left);
        Iter.toList(dsg.listGraphNodes()).forEach(name -> dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY));
        search.clear();
    }

    /**
     * Builds the layer of a store that has none yet (created before it existed); needs a write
     * transaction. The text index is rebuilt after it ({@link SearchIndex#catchUp()}).
     */
    public void buildWhenMissing() {
        if (dsg.getDefaultGraph().contains(DatasetLayout.STORE, BUILT, Node.ANY)) {
            return;
        }
        dsg.deleteAny(DatasetLayout.UNION, Node.ANY, Node.ANY, Node.ANY);
        // A graph at a time: TDB2 must not be written while one of its indexes is being iterated.
        for (Node name : Iter.toList(dsg.listGraphNodes())) {
            if (!isLayer(name)) {
                Iter.toList(dsg.getGraph(name).find()).forEach(t -> dsg.add(DatasetLayout.UNION, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }
        dsg.getDefaultGraph().add(DatasetLayout.STORE, BUILT, NodeFactory.createLiteralString("1"));
    }

    /** The layer's triples with the given predicates, or all of them. */
    public static Iterator<Triple> triples(DatasetGraph dsg, boolean everyPredicate, Set<Node> predicates) {
        if (everyPredicate) {
            return Iter.map(dsg.find(DatasetLayout.UNION, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple);
        }
        return Iter.flatMap(predicates.iterator(), p -> Iter.map(dsg.find(DatasetLayout.UNION, Node.ANY, p, Node.ANY), Quad::asTriple));
    }

    /** Why a client may not write {@code graph}, the layer's own name; empty for any other graph. */
    public static Optional<String> reserved(Node graph) {
        if (UnionView.isDefault(graph)) {
            return Optional.of(graph + " names the default graph: " + NamedGraphsView.DEFAULT_IS_UNION);
        }
        return isLayer(graph)
                ? Optional.of(DatasetLayout.UNION.getURI() + " is the store's own merged graph; choose another graph name")
                : Optional.empty();
    }
}
