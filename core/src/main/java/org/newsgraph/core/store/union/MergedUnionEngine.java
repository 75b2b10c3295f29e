package org.newsgraph.core.store.union;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.core.store.layout.DatasetLayout;
import org.newsgraph.core.store.memory.UnionInMemory;
import org.newsgraph.core.store.search.SearchIndex;

/**
 * TDB2's query engine, pointed at the {@link MergedUnion}: after TDB2 has put a query into quad
 * form, the default graph's patterns read the layer's graph, and {@code GRAPH ?g} patterns skip
 * it, so a query answers what it would over the union default graph, reading each triple once.
 * A {@code text:query} searches the layer's {@link SearchIndex}; inside {@code GRAPH} it keeps the
 * hits that graph holds.
 * A query that reads nothing but the default graph is answered from the layer's copy in memory
 * when the store keeps one ({@link UnionInMemory}).
 * Used for queries over a {@link QueryView}; a query's own FROM / FROM NAMED build their dataset
 * over that view, so they cannot reach the bookkeeping or the layer either.
 */
public final class MergedUnionEngine extends QueryEngineTDB {
    private static final QueryEngineFactory FACTORY = new Factory();

    private final QueryView view;

    private MergedUnionEngine(Query query, QueryView view, Binding input, Context context) {
        super(query, storage(view), input, context);
        this.view = view;
    }

    private MergedUnionEngine(Op op, QueryView view, Binding input, Context context) {
        super(op, storage(view), input, context);
        this.view = view;
    }

    /** Makes Jena run queries over a {@link QueryView} on this engine; idempotent. */
    public static synchronized void install() {
        if (!QueryEngineRegistry.containsFactory(FACTORY)) {
            QueryEngineRegistry.addFactory(FACTORY);
        }
    }

    private static DatasetGraphTDB storage(QueryView view) {
        return TDBInternal.requireStorage(view.store());
    }

    @Override
    protected DatasetGraph dynamicDataset(DatasetDescription description, DatasetGraph dataset, boolean union) {
        // Over a view of the store, not the store: FROM <urn:x-arq:DefaultGraph> must not read the bookkeeping.
        return DynamicDatasets.dynamicDataset(description, new QueryView(dataset), false);
    }

    @Override
    public QueryIterator eval(Op op, DatasetGraph dsg, Binding input, Context context) {
        if (isDynamicDataset()) {
            return super.eval(Transformer.transform(new SearchInActiveGraph(), op), dsg, input, context);
        }
        Op layered = toLayer(op);
        if (view.inMemory() && readsLayerOnly(layered)) {
            Optional<UnionInMemory.Snapshot> snapshot = view.memorySnapshot();
            if (snapshot.isPresent()) {
                return snapshot.get().eval(layered, input, context);
            }
        }
        return super.eval(layered, dsg, input, context);
    }

    /**
     * Whether a query after {@link #toLayer} reads the layer's graph and nothing else, so that
     * the layer's copy in memory can answer it: no named graph, no graph variable, no list of
     * graphs, no remote service, no text search (its index is TDB2's), also inside EXISTS.
     */
    static boolean readsLayerOnly(Op op) {
        LayerOnly check = new LayerOnly();
        Walker.walk(op, check, check.expressions);
        return check.layerOnly;
    }

    private static final class LayerOnly extends OpVisitorBase {
        private boolean layerOnly = true;
        private final ExprVisitor expressions = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                layerOnly &= function.getGraphPattern() == null || readsLayerOnly(function.getGraphPattern());
            }
        };

        private void graph(Node g) {
            layerOnly &= MergedUnion.isLayer(g);
        }

        @Override
        public void visit(OpQuadPattern quads) {
            graph(quads.getGraphNode());
        }

        @Override
        public void visit(OpQuadBlock quads) {
            quads.getPattern().forEach(quad -> graph(quad.getGraph()));
        }

        @Override
        public void visit(OpQuad quad) {
            graph(quad.getQuad().getGraph());
        }

        @Override
        public void visit(OpGraph graph) {
            graph(graph.getNode());
        }

        @Override
        public void visit(OpDatasetNames names) {
            layerOnly = false;
        }

        @Override
        public void visit(OpService service) {
            layerOnly = false;
        }

        @Override
        public void visit(OpPropFunc function) {
            layerOnly &= !SearchIndex.isTextQuery(function.getProperty());
        }
    }

    /** Rewrites a query in quad form to read the default graph from the layer; see the class comment. */
    static Op toLayer(Op op) {
        // Jena's walker also rewrites the patterns of EXISTS and NOT EXISTS, each once.
        return Transformer.transform(new ToLayer(), op);
    }

    private static final class ToLayer extends TransformCopy {
        @Override
        public Op transform(OpQuadPattern quads) {
            Node g = quads.getGraphNode();
            if (UnionView.isDefault(g)) {
                return new OpQuadPattern(DatasetLayout.UNION, quads.getBasicPattern());
            }
            return guarded(g, quads);
        }

        @Override
        public Op transform(OpGraph graph, Op sub) {
            Node g = graph.getNode();
            if (UnionView.isDefault(g)) {
                return new OpGraph(DatasetLayout.UNION, sub);
            }
            if (sub instanceof OpPropFunc search && SearchIndex.isTextQuery(search.getProperty())) {
                return guarded(g, SearchIndex.inGraph(g, search));
            }
            return guarded(g, new OpGraph(g, sub));
        }

        @Override
        public Op transform(OpDatasetNames names) {
            return guarded(names.getGraphNode(), names);
        }

        /** A pattern on graph {@code g}: empty for the layer's name, kept off the layer for a variable. */
        private static Op guarded(Node g, Op op) {
            if (MergedUnion.isLayer(g)) {
                return OpTable.empty();
            }
            if (Var.isVar(g)) {
                return OpFilter.filter(new E_LogicalNot(new E_SameTerm(new ExprVar(Var.alloc(g)),
                        NodeValue.makeNode(DatasetLayout.UNION))), op);
            }
            return op;
        }
    }

    /**
     * Over a dataset a query builds itself, keeps each search to the graphs it reads: the index
     * holds the literals of the whole store ({@link SearchIndex#inActiveGraph}).
     */
    private static final class SearchInActiveGraph extends TransformCopy {
        @Override
        public Op transform(OpPropFunc search, Op sub) {
            return SearchIndex.isTextQuery(search.getProperty()) ? SearchIndex.inActiveGraph(search) : super.transform(search, sub);
        }
    }

    private static final class Factory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return dataset instanceof QueryView;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new MergedUnionEngine(query, (QueryView) dataset, input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return dataset instanceof QueryView;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new MergedUnionEngine(op, (QueryView) dataset, input, context).getPlan();
        }
    }
}
