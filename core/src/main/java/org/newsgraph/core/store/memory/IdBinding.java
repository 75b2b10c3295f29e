package org.newsgraph.core.store.memory;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBase;

/**
 * A row of a basic pattern matched on ids: the variables it binds hold ids, decoded to terms
 * only when ARQ reads them (a FILTER, a GROUP BY, the results written out), as TDB2's
 * {@code BindingTDB} does. A pattern that reads a row of an earlier one takes its ids as they are.
 */
final class IdBinding extends BindingBase {
    private final Var[] vars;
    private final int[] ids;
    private final TermIds terms;
    private final Node[] nodes;

    IdBinding(Binding parent, Var[] vars, int[] ids, TermIds terms) {
        super(parent);
        this.vars = vars;
        this.ids = ids;
        this.terms = terms;
        this.nodes = new Node[vars.length];
    }

    /**
     * The id of {@code var} in {@code row}: taken from the ids of a row matched here, else
     * looked up from its term; -1 when the union holds no such term.
     */
    static int id(Binding row, Var var, TermIds terms) {
        for (Binding at = row; at instanceof IdBinding ids && ids.terms == terms; at = ids.parent) {
            int index = ids.index(var);
            if (index >= 0) {
                return ids.ids[index];
            }
        }
        return terms.find(row.get(var));
    }

    private int index(Var var) {
        for (int i = 0; i < vars.length; i++) {
            if (vars[i].equals(var)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected Iterator<Var> vars1() {
        return Arrays.asList(vars).iterator();
    }

    @Override
    protected int size1() {
        return vars.length;
    }

    @Override
    protected boolean isEmpty1() {
        return vars.length == 0;
    }

    @Override
    protected boolean contains1(Var var) {
        return index(var) >= 0;
    }

    @Override
    protected Node get1(Var var) {
        int index = index(var);
        if (index < 0) {
            return null;
        }
        Node node = nodes[index];
        if (node == null) {
            node = terms.node(ids[index]);
            nodes[index] = node;
        }
        return node;
    }

    @Override
    protected Binding detachWithNewParent(Binding newParent) {
        return new IdBinding(newParent, vars, ids, terms);
    }
}
