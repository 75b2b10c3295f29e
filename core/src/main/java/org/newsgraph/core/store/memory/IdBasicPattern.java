package org.newsgraph.core.store.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;

/**
 * A basic graph pattern evaluated on ids over one {@link UnionVersion}: its triple patterns are
 * joined in an order chosen from the counts the permutations give for free (most selective
 * first, each next one sharing a variable with those before), as nested index lookups on ids;
 * each row binds ids ({@link IdBinding}) and is decoded only where ARQ reads it.
 * <pre>
 *   QueryIterator rows = new IdBasicPattern(bgp, version, terms).execute(input, executionContext);
 * </pre>
 */
final class IdBasicPattern {
    /** How a position of a triple pattern is matched, once the join order is known. */
    private static final int CONSTANT = 0;
    private static final int BOUND = 1;
    private static final int ASSIGN = 2;
    private static final int CHECK = 3;
    private static final int CANCEL_EVERY = 1 << 14;

    private final List<Triple> patterns;
    private final UnionVersion version;
    private final TermIds terms;
    private final List<Var> vars = new ArrayList<>();
    /** Per pattern and position: a constant's id (-1: the union lacks it) or a variable's index. */
    private final int[][] terms3;
    private final boolean[][] variable;
    private final boolean unmatchable;
    private final Map<Long, Plan> plans = new HashMap<>();

    IdBasicPattern(BasicPattern bgp, UnionVersion version, TermIds terms) {
        this.patterns = bgp.getList();
        this.version = version;
        this.terms = terms;
        int n = patterns.size();
        terms3 = new int[n][3];
        variable = new boolean[n][3];
        boolean missing = false;
        for (int i = 0; i < n; i++) {
            Triple t = patterns.get(i);
            Node[] nodes = {t.getSubject(), t.getPredicate(), t.getObject()};
            for (int k = 0; k < 3; k++) {
                if (Var.isVar(nodes[k])) {
                    Var var = Var.alloc(nodes[k]);
                    int index = vars.indexOf(var);
                    if (index < 0) {
                        index = vars.size();
                        vars.add(var);
                    }
                    variable[i][k] = true;
                    terms3[i][k] = index;
                } else {
                    terms3[i][k] = terms.find(nodes[k]);
                    missing |= terms3[i][k] < 0;
                }
            }
        }
        unmatchable = missing;
        if (vars.size() > 63) {
            throw new IllegalArgumentException("a basic pattern of more than 63 variables");
        }
    }

    /** The rows of the pattern for each row of {@code input}. */
    QueryIterator execute(QueryIterator input, ExecutionContext context) {
        return new QueryIterRepeatApply(input, context) {
            @Override
            protected QueryIterator nextStage(Binding row) {
                return QueryIterPlainWrapper.create(matches(row, context.getCancelSignal()), context);
            }
        };
    }

    private Iterator<Binding> matches(Binding row, AtomicBoolean cancel) {
        if (unmatchable) {
            return Iter.nullIterator();
        }
        int[] slots = new int[vars.size()];
        long bound = 0;
        for (int v = 0; v < slots.length; v++) {
            Var var = vars.get(v);
            if (row.contains(var)) {
                slots[v] = IdBinding.id(row, var, terms);
                if (slots[v] < 0) {
                    return Iter.nullIterator();
                }
                bound |= 1L << v;
            } else {
                slots[v] = IdTriples.ANY;
            }
        }
        Plan plan = plans.computeIfAbsent(bound, this::plan);
        return new Search(plan, row, slots, cancel);
    }

    /** The join order and the way each position is matched, for rows that bind {@code bound}. */
    private Plan plan(long bound) {
        int n = patterns.size();
        boolean[] used = new boolean[n];
        int[] order = new int[n];
        int[][] modes = new int[n][3];
        long known = bound;
        IdTriples base = version.base();
        for (int step = 0; step < n; step++) {
            int best = -1;
            double bestCost = Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (!used[i]) {
                    double cost = cost(i, known, base);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = i;
                    }
                }
            }
            used[best] = true;
            order[step] = best;
            long assigning = 0;
            for (int k = 0; k < 3; k++) {
                if (!variable[best][k]) {
                    modes[step][k] = CONSTANT;
                } else {
                    long bit = 1L << terms3[best][k];
                    modes[step][k] = (known & bit) != 0 ? BOUND : (assigning & bit) != 0 ? CHECK : ASSIGN;
                    assigning |= bit;
                }
            }
            known |= assigning;
        }
        List<Var> output = new ArrayList<>();
        int[] outputSlots = new int[Long.bitCount(known & ~bound)];
        for (int v = 0; v < vars.size(); v++) {
            if ((bound & (1L << v)) == 0) {
                outputSlots[output.size()] = v;
                output.add(vars.get(v));
            }
        }
        return new Plan(order, modes, output.toArray(new Var[0]), outputSlots);
    }

    /**
     * About how many rows pattern {@code i} gives per row of the patterns before it: its count
     * with its constants, cut by the average fan-out where a variable is already bound; a pattern
     * that shares no variable with those before is put last (it would multiply the rows).
     */
    private double cost(int i, long known, IdTriples base) {
        int s = variable[i][0] ? IdTriples.ANY : terms3[i][0];
        int p = variable[i][1] ? IdTriples.ANY : terms3[i][1];
        int o = variable[i][2] ? IdTriples.ANY : terms3[i][2];
        double cost = version.count(s, p, o);
        boolean joins = false;
        boolean free = false;
        int[] distinct = {base.distinctSubjects(), base.distinctPredicates(), base.distinctObjects()};
        for (int k = 0; k < 3; k++) {
            if (variable[i][k]) {
                if ((known & (1L << terms3[i][k])) != 0) {
                    joins = true;
                    cost = Math.min(cost, cost / Math.max(1, distinct[k]) + 1);
                } else {
                    free = true;
                }
            }
        }
        if (!free) {
            cost = Math.min(cost, 0.5);
        }
        return known != 0 && !joins && free ? cost * 1e9 : cost;
    }

    private record Plan(int[] order, int[][] modes, Var[] output, int[] outputSlots) {}

    /** The depth-first join: one cursor a pattern, in the plan's order. */
    private final class Search implements Iterator<Binding> {
        private final Plan plan;
        private final Binding parent;
        private final int[] slots;
        private final AtomicBoolean cancel;
        private final UnionVersion.Rows[] cursors;
        private int level;
        private int steps;
        private Binding next;

        Search(Plan plan, Binding parent, int[] slots, AtomicBoolean cancel) {
            this.plan = plan;
            this.parent = parent;
            this.slots = slots;
            this.cancel = cancel;
            this.cursors = new UnionVersion.Rows[patterns.size()];
            if (cursors.length > 0) {
                cursors[0] = open(0);
            }
            level = cursors.length == 0 ? -2 : 0;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (level == -2) {
                // No pattern at all: the input row once.
                level = -1;
                next = new IdBinding(parent, plan.output, new int[0], terms);
                return true;
            }
            while (level >= 0) {
                if (++steps == CANCEL_EVERY) {
                    steps = 0;
                    if (cancel != null && cancel.get()) {
                        throw new QueryCancelledException();
                    }
                }
                UnionVersion.Rows cursor = cursors[level];
                if (!cursor.next()) {
                    level--;
                    continue;
                }
                if (!take(level, cursor)) {
                    continue;
                }
                if (level == cursors.length - 1) {
                    int[] ids = new int[plan.outputSlots.length];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = slots[plan.outputSlots[i]];
                    }
                    next = new IdBinding(parent, plan.output, ids, terms);
                    return true;
                }
                level++;
                cursors[level] = open(level);
            }
            return false;
        }

        @Override
        public Binding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Binding row = next;
            next = null;
            return row;
        }

        private UnionVersion.Rows open(int step) {
            int i = plan.order[step];
            int[] modes = plan.modes[step];
            int[] at = new int[3];
            for (int k = 0; k < 3; k++) {
                at[k] = switch (modes[k]) {
                    case CONSTANT -> terms3[i][k];
                    case BOUND -> slots[terms3[i][k]];
                    default -> IdTriples.ANY;
                };
            }
            return version.match(at[0], at[1], at[2]);
        }

        /** Binds the variables the row of pattern {@code step} assigns; false when a repeated one differs. */
        private boolean take(int step, UnionVersion.Rows cursor) {
            int i = plan.order[step];
            int[] modes = plan.modes[step];
            for (int k = 0; k < 3; k++) {
                int value = k == 0 ? cursor.s() : k == 1 ? cursor.p() : cursor.o();
                if (modes[k] == ASSIGN) {
                    slots[terms3[i][k]] = value;
                } else if (modes[k] == CHECK && slots[terms3[i][k]] != value) {
                    return false;
                }
            }
            return true;
        }
    }
}
