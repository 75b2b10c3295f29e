package org.newsgraph.core.store.memory;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.newsgraph.core.store.UnionFollower;
import org.newsgraph.core.store.layout.DatasetLayout;

/**
 * A copy of the {@code MergedUnion} in memory as integer ids, kept in step with it as a
 * {@link UnionFollower}; {@code MergedUnionEngine} answers the queries that read only the default
 * graph from it, on ARQ's engine with the basic patterns evaluated on ids ({@link IdOpExecutor}).
 * <pre>
 *   UnionInMemory copy = new UnionInMemory(40_000_000);
 *   copy.load(unionTriples);                       // then follow the store's writes
 *   copy.open().ifPresent(s -> s.eval(op, input, context));
 * </pre>
 * The terms are a dictionary of dense ids ({@link TermIds}); the triples a sorted base in three
 * orders ({@link IdTriples}) plus a small delta of recent writes, as immutable versions
 * ({@link UnionVersion}): readers never wait for the writer and read one committed version
 * throughout; a delta grown past its limit is merged into a new base on a thread of its own.
 * When the union outgrows {@code maxTriples} the copy is let go and queries go back to TDB2.
 */
public final class UnionInMemory implements UnionFollower {
    /** The delta is merged into the base past this many triples, or a sixteenth of the base. */
    private static final int MERGE_MAX = 50_000;

    private final long maxTriples;
    private final int mergeAt;
    private final LongAdder answered = new LongAdder();
    private volatile TermIds terms = new TermIds();
    private volatile UnionVersion current = UnionVersion.EMPTY;
    private volatile boolean dropped;
    private volatile boolean merging;
    /** The ids of one change, three a triple; the writer's alone. */
    private int[] entered = new int[96];
    private int[] left = new int[96];

    public UnionInMemory(long maxTriples) {
        this(maxTriples, 0);
    }

    /** A copy whose delta is merged past {@code mergeAt} triples (0: the default, by the base's size). */
    UnionInMemory(long maxTriples, int mergeAt) {
        this.maxTriples = maxTriples;
        this.mergeAt = mergeAt;
    }

    @Override
    public Set<Node> predicates() {
        return Set.of();
    }

    @Override
    public boolean followsEveryPredicate() {
        return true;
    }

    /** Builds the copy from the union it starts from, in one pass. */
    @Override
    public void replay(Iterator<Triple> union) {
        load(union);
    }

    /**
     * Builds the copy from the union's triples (each once), before it follows any write; false,
     * and nothing is kept, when they are more than {@code maxTriples}.
     */
    public synchronized boolean load(Iterator<Triple> union) {
        int[] s = new int[4096];
        int[] p = new int[4096];
        int[] o = new int[4096];
        int n = 0;
        TermIds dictionary = terms;
        try {
            while (union.hasNext()) {
                if (n == maxTriples) {
                    drop();
                    return false;
                }
                Triple t = union.next();
                if (n == s.length) {
                    int length = (int) Math.min(Integer.MAX_VALUE - 8, n * 2L);
                    s = Arrays.copyOf(s, length);
                    p = Arrays.copyOf(p, length);
                    o = Arrays.copyOf(o, length);
                }
                s[n] = dictionary.intern(t.getSubject());
                p[n] = dictionary.intern(t.getPredicate());
                o[n] = dictionary.intern(t.getObject());
                n++;
            }
        } catch (TermIds.UnsupportedTerm e) {
            drop();
            return false;
        }
        current = UnionVersion.of(IdTriples.indexed(s, p, o, n, dictionary.size()));
        return true;
    }

    /** Applies one committed change as the next version; called by one writer at a time. */
    @Override
    public synchronized void changed(List<Triple> enteredTriples, List<Triple> leftTriples) {
        if (dropped) {
            return;
        }
        UnionVersion next;
        try {
            int in = 0;
            for (Triple t : enteredTriples) {
                entered = room(entered, in);
                entered[3 * in] = terms.intern(t.getSubject());
                entered[3 * in + 1] = terms.intern(t.getPredicate());
                entered[3 * in + 2] = terms.intern(t.getObject());
                in++;
            }
            int out = 0;
            for (Triple t : leftTriples) {
                left = room(left, out);
                left[3 * out] = terms.find(t.getSubject());
                left[3 * out + 1] = terms.find(t.getPredicate());
                left[3 * out + 2] = terms.find(t.getObject());
                // A term the copy never held cannot be in a triple that left it.
                out += left[3 * out] < 0 || left[3 * out + 1] < 0 || left[3 * out + 2] < 0 ? 0 : 1;
            }
            next = current.changed(entered, in, left, out);
        } catch (TermIds.UnsupportedTerm e) {
            drop();
            return;
        }
        if (next.size() > maxTriples) {
            drop();
            return;
        }
        current = next;
        mergeWhenLarge(next);
    }

    private static int[] room(int[] ids, int triples) {
        return 3 * triples + 3 > ids.length ? Arrays.copyOf(ids, ids.length * 2) : ids;
    }

    /** Lets the copy go: open readers keep the version they read, new ones read TDB2. */
    private void drop() {
        dropped = true;
        current = UnionVersion.EMPTY;
        terms = new TermIds();
    }

    /** Builds a new base from the current version on a thread of its own when the delta has grown. */
    private void mergeWhenLarge(UnionVersion now) {
        int limit = mergeAt > 0 ? mergeAt : (int) Math.max(1024, Math.min(MERGE_MAX, now.size() / 16));
        if (merging || now.deltaSize() < limit) {
            return;
        }
        merging = true;
        TermIds dictionary = terms;
        Thread merger = new Thread(() -> {
            try {
                IdTriples merged = now.merged(dictionary.size());
                synchronized (this) {
                    if (!dropped) {
                        current = current.rebased(merged, now);
                    }
                }
            } finally {
                merging = false;
            }
        }, "newsgraph-union-merge");
        merger.setDaemon(true);
        merger.start();
    }

    /** Whether a merge of the delta into a new base is under way. */
    boolean merging() {
        return merging;
    }

    /** How many triples the current version's delta holds. */
    int deltaSize() {
        return current.deltaSize();
    }

    /** Whether the copy is held (false once the union outgrew it). */
    public boolean held() {
        return !dropped;
    }

    /** How many triples the copy holds; 0 once let go. */
    public long size() {
        return dropped ? 0 : current.size();
    }

    /** The heap the copy's arrays take, in bytes: the dictionary and the triples of the current version. */
    public long bytes() {
        return dropped ? 0 : terms.bytes() + current.bytes();
    }

    /** How many terms the dictionary holds. */
    int terms() {
        return terms.size();
    }

    /** The share of {@link #bytes()} the dictionary of terms takes. */
    long dictionaryBytes() {
        return dropped ? 0 : terms.bytes();
    }

    /** How many queries were answered from the copy. */
    public long answered() {
        return answered.sum();
    }

    /** The copy as it is now, for as long as the caller reads it; empty once the copy was let go. */
    public Optional<Snapshot> open() {
        TermIds dictionary = terms;
        UnionVersion version = current;
        return dropped ? Optional.empty() : Optional.of(new Snapshot(version, dictionary));
    }

    /** The copy at one version: a way to run a query over it, and a read-only graph of it. */
    public final class Snapshot {
        private final UnionVersion version;
        private final TermIds dictionary;
        private final Graph graph = new SnapshotGraph();

        private Snapshot(UnionVersion version, TermIds dictionary) {
            this.version = version;
            this.dictionary = dictionary;
        }

        /** The version as a graph: for property paths, and for tests in this package. */
        Graph graph() {
            return graph;
        }

        /**
         * Runs {@code op}, a query after {@code MergedUnionEngine.toLayer}, whose patterns read
         * the layer's graph only.
         */
        public QueryIterator eval(Op op, Binding input, Context context) {
            DatasetGraph dataset = DatasetGraphFactory.create(graph); // links the graph, no copy
            dataset.addGraph(DatasetLayout.UNION, graph);
            ExecutionContext execution = ExecutionContext.create(dataset, graph, context);
            execution.setExecutor(at -> new IdOpExecutor(at, version, dictionary));
            QueryIterator root = input.isEmpty() ? QueryIterRoot.create(execution) : QueryIterRoot.create(input, execution);
            QueryIterator rows = QC.execute(op, root, execution);
            answered.increment();
            return rows;
        }

        private final class SnapshotGraph extends GraphBase {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                int s = id(pattern.getSubject());
                int p = id(pattern.getPredicate());
                int o = id(pattern.getObject());
                if (s == -2 || p == -2 || o == -2) {
                    return NiceIterator.emptyIterator();
                }
                UnionVersion.Rows rows = version.match(s, p, o);
                return new NiceIterator<>() {
                    private boolean ahead;

                    @Override
                    public boolean hasNext() {
                        if (!ahead) {
                            ahead = rows.next();
                        }
                        return ahead;
                    }

                    @Override
                    public Triple next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        ahead = false;
                        return Triple.create(dictionary.node(rows.s()), dictionary.node(rows.p()), dictionary.node(rows.o()));
                    }
                };
            }

            /** A bound term's id, {@link IdTriples#ANY} for any, -2 for a term the union lacks. */
            private int id(Node term) {
                if (term == null || !term.isConcrete()) {
                    return IdTriples.ANY;
                }
                int id = dictionary.find(term);
                return id < 0 ? -2 : id;
            }

            @Override
            protected int graphBaseSize() {
                return (int) Math.min(Integer.MAX_VALUE, Iter.count(graphBaseFind(Triple.ANY)));
            }
        }
    }
}
