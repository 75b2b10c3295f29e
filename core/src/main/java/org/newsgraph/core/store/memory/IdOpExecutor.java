package org.newsgraph.core.store.memory;

import java.util.List;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.newsgraph.core.store.layout.DatasetLayout;

/**
 * ARQ's executor with the basic graph patterns over the union answered on ids
 * ({@link IdBasicPattern}), where TDB2 plugs in its own ({@code OpExecutorTDB2}); OPTIONAL,
 * FILTER, GROUP BY, paths and the rest stay ARQ's, over the rows' terms.
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
        return new IdBasicPattern(bgp.getPattern(), version, terms).execute(input, execCxt);
    }

    @Override
    protected QueryIterator execute(OpTriple triple, QueryIterator input) {
        return new IdBasicPattern(BasicPattern.wrap(List.of(triple.getTriple())), version, terms).execute(input, execCxt);
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quads, QueryIterator input) {
        // Only the union is held here; a query reading anything else never reaches this executor.
        if (DatasetLayout.UNION.equals(quads.getGraphNode())) {
            return new IdBasicPattern(quads.getBasicPattern(), version, terms).execute(input, execCxt);
        }
        return super.execute(quads, input);
    }
}
