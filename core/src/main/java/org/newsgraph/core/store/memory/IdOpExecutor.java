package org.newsgraph.core.store.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterFilterExpr;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.expr.Expr;
import org.newsgraph.core.store.layout.DatasetLayout;

/**
 * ARQ's executor with the basic graph patterns over the union answered on ids
 * ({@link IdBasicPattern}), where TDB2 plugs in its own ({@code OpExecutorTDB2}), and the
 * FILTERs over them that compare a variable with a term checked on ids ({@link IdFilter});
 * OPTIONAL, other FILTERs, GROUP BY, paths and the rest stay ARQ's, over the rows' terms.
 */
final class IdOpExecutor extends OpExecutor {
    private final UnionVersion version;
    private final TermIds terms;

    IdOpExecutor(ExecutionContext context, UnionVersion version, TermIds terms) {
        super(context);
        this.version = version;
        this.terms = terms;
    }

    @Override
    protected QueryIterator execute(OpBGP bgp, QueryIterator input) {
        return new IdBasicPattern(bgp.getPattern(), version, terms, List.of()).execute(input, execCxt);
    }

    /**
     * A FILTER over the union's basic pattern: the conditions {@link IdFilter} takes are checked
     * on ids as the pattern binds their variable; the others after it, by ARQ, on the terms.
     */
    @Override
    protected QueryIterator execute(OpFilter filter, QueryIterator input) {
        BasicPattern bgp = filter.getSubOp() instanceof OpBGP one ? one.getPattern()
                : filter.getSubOp() instanceof OpQuadPattern quads && DatasetLayout.UNION.equals(quads.getGraphNode())
                        ? quads.getBasicPattern() : null;
        if (bgp == null) {
            return super.execute(filter, input);
        }
        Set<Var> bound = OpVars.visibleVars(new OpBGP(bgp));
        List<IdFilter> onIds = new ArrayList<>();
        List<Expr> onTerms = new ArrayList<>();
        for (Expr expr : filter.getExprs()) {
            Optional<IdFilter> check = IdFilter.of(expr).filter(f -> bound.contains(f.var()));
            check.ifPresentOrElse(onIds::add, () -> onTerms.add(expr));
        }
        QueryIterator rows = new IdBasicPattern(bgp, version, terms, onIds).execute(input, execCxt);
        for (Expr expr : onTerms) {
            rows = new QueryIterFilterExpr(rows, expr, execCxt);
        }
        return rows;
    }

    @Override
    protected QueryIterator execute(OpTriple triple, QueryIterator input) {
        return new IdBasicPattern(BasicPattern.wrap(List.of(triple.getTriple())), version, terms, List.of()).execute(input, execCxt);
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quads, QueryIterator input) {
        // Only the union is held here; a query reading anything else never reaches this executor.
        if (DatasetLayout.UNION.equals(quads.getGraphNode())) {
            return new IdBasicPattern(quads.getBasicPattern(), version, terms, List.of()).execute(input, execCxt);
        }
        return super.execute(quads, input);
    }
}
