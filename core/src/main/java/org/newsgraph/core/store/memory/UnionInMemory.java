package org.newsgraph.core.store.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
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
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.newsgraph.core.store.layout.DatasetLayout;
import org.newsgraph.core.store.UnionFollower;

/**
 * An indexed copy of the {@code MergedUnion} in memory, kept in step with it as a
 * {@link UnionFollower}; {@code MergedUnionEngine} answers the queries that read only the default
 * graph from it, on ARQ's own engine.
 * <p>
 * Why: the analyst aggregates join tens of thousands of rows, and TDB2 answers each pattern of
 * such a join by descending a B+tree once per row; here each is a hash lookup (the SPARQL
 * benchmark's query mix runs five times as fast).
 * <p>
 * Readers never wait for the writer and see one committed version throughout: every fact keeps
 * the version it entered at and the one it left at, and a reader sees the facts alive at the
 * version it opened at. A fact that left is removed from the indexes once no older reader remains.
 * When the union outgrows {@code maxTriples} the copy is let go and queries go back to TDB2. * <p>
 * Longer than 300 lines because its indexes, the versions of its facts and the snapshots that
 * read them share one lock and one version counter; split, each would reach into the others.
 */
public final class UnionInMemory implements UnionFollower {
    private final long maxTriples;
    private final Index spo = new Index(Triple::getSubject, Triple::getPredicate);
    private final Index pos = new Index(Triple::getPredicate, Triple::getObject);
    private final Index osp = new Index(Triple::getObject, Triple::getSubject);
    /** Open readers by the version they read: how many of each. */
    private final ConcurrentSkipListMap<Long, Integer> readers = new ConcurrentSkipListMap<>();
    /** Facts that left but may still be seen by an open reader; the writer's alone. */
    private final List<Fact> leftBehind = new ArrayList<>();
    private final LongAdder answered = new LongAdder();
    /** The last committed version; readers read at it. */
    private volatile long version;
    private volatile long alive;
    private volatile boolean dropped;

    public UnionInMemory(long maxTriples) {
        this.maxTriples = maxTriples;
    }

    @Override
    public Set<Node> predicates() {
        return Set.of();
    }

    @Override
    public boolean followsEveryPredicate() {
        return true;
    }

    /** Applies one committed change as the next version; called by one writer at a time. */
    @Override
    public synchronized void changed(List<Triple> entered, List<Triple> left) {
        if (dropped) {
            return;
        }
        long next = version + 1;
        long count = alive;
        for (Triple triple : left) {
            Fact fact = spo.alive(canonical(triple));
            if (fact != null) {
                fact.left = next;
                leftBehind.add(fact);
                count--;
            }
        }
        for (Triple triple : entered) {
            Fact fact = new Fact(shared(canonical(triple)), next);
            spo.add(fact);
            pos.add(fact);
            osp.add(fact);
            count++;
        }
        alive = count;
        version = next;
        if (count > maxTriples) {
            dropped = true;
            releaseWhenUnread();
            return;
        }
        forgetUnread();
    }

    /** Whether the copy is held (false once the union outgrew it). */
    public boolean held() {
        return !dropped;
    }

    /** How many triples the copy holds; 0 once let go. */
    public long size() {
        return dropped ? 0 : alive;
    }

    /** How many queries were answered from the copy. */
    public long answered() {
        return answered.sum();
    }

    /** How many left facts are still kept for open readers. */
    public synchronized int leftBehind() {
        return leftBehind.size();
    }

    /** The copy as it is now, until the snapshot is closed; empty once the copy was let go. */
    public Optional<Snapshot> open() {
        while (true) {
            long at = version;
            readers.merge(at, 1, Integer::sum);
            if (dropped) {
                release(at);
                return Optional.empty();
            }
            // The writer forgets left facts by the readers it sees after publishing a version:
            // a reader that registered too late for that must read the newer version.
            if (version == at) {
                return Optional.of(new Snapshot(at));
            }
            release(at);
        }
    }

    private void release(long at) {
        readers.computeIfPresent(at, (key, count) -> count == 1 ? null : count - 1);
        if (dropped) {
            releaseWhenUnread();
        }
    }

    private void releaseWhenUnread() {
        if (readers.isEmpty()) {
            spo.clear();
            pos.clear();
            osp.clear();
        }
    }

    /** Removes the left facts that no open reader can see any more. */
    private void forgetUnread() {
        Map.Entry<Long, Integer> oldest = readers.firstEntry();
        long oldestRead = oldest == null ? Long.MAX_VALUE : oldest.getKey();
        leftBehind.removeIf(fact -> {
            if (fact.left > oldestRead) {
                return false;
            }
            spo.remove(fact);
            pos.remove(fact);
            osp.remove(fact);
            return true;
        });
    }

    /**
     * The form TDB2 gives back of a literal it stores as a value (numbers, dates, booleans), so
     * that the copy matches and returns what TDB2 does: {@code "01"^^xsd:integer} is 1 there.
     */
    private static Node canonical(Node node) {
        if (node.isLiteral() && NodeIdInline.hasInlineDatatype(node)) {
            NodeId id = NodeIdInline.inline(node);
            if (id != null) {
                return NodeIdInline.extract(id);
            }
        }
        return node;
    }

    /**
     * The triple with the term objects the indexes already hold where they hold equal ones, so
     * that each term is one object: less memory, and lookups find keys by identity, in cache.
     */
    private Triple shared(Triple triple) {
        Node s = triple.getSubject();
        Node p = triple.getPredicate();
        Node o = triple.getObject();
        return Triple.create(held(s, spo, osp), held(p, pos, pos), held(o, osp, spo));
    }

    private static Node held(Node term, Index one, Index other) {
        Node held = one.key(term);
        if (held == null) {
            held = other.key(term);
        }
        return held == null ? term : held;
    }

    private static Triple canonical(Triple triple) {
        Node o = triple.getObject();
        Node same = canonical(o);
        return same == o ? triple : Triple.create(triple.getSubject(), triple.getPredicate(), same);
    }

    /** The copy at one version: a read-only graph, and a way to run a query over it. */
    public final class Snapshot implements AutoCloseable {
        private final long at;
        private final Graph graph = new SnapshotGraph();
        private boolean closed;

        private Snapshot(long at) {
            this.at = at;
        }

        public Graph graph() {
            return graph;
        }

        /**
         * Runs {@code op}, a query after {@code MergedUnionEngine.toLayer}, whose patterns read
         * the layer's graph only; the snapshot closes with the iterator.
         */
        public QueryIterator eval(Op op, Binding input, Context context) {
            try {
                DatasetGraph dataset = DatasetGraphFactory.create(graph); // links the graph, no copy
                dataset.addGraph(DatasetLayout.UNION, graph);
                ExecutionContext execution = ExecutionContext.create(dataset, graph, context);
                QueryIterator root = input.isEmpty() ? QueryIterRoot.create(execution) : QueryIterRoot.create(input, execution);
                QueryIterator rows = QC.execute(op, root, execution);
                answered.increment();
                return new QueryIteratorWrapper(rows) {
                    @Override
                    protected void closeIterator() {
                        try {
                            super.closeIterator();
                        } finally {
                            Snapshot.this.close();
                        }
                    }
                };
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release(at);
            }
        }

        private final class SnapshotGraph extends GraphBase {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                Node s = pattern.getSubject();
                Node p = pattern.getPredicate();
                Node o = canonical(pattern.getObject());
                Iterator<Object> buckets;
                if (s.isConcrete()) {
                    buckets = p.isConcrete() ? spo.bucket(s, p) : o.isConcrete() ? osp.bucket(o, s) : spo.buckets(s);
                } else if (p.isConcrete()) {
                    buckets = o.isConcrete() ? pos.bucket(p, o) : pos.buckets(p);
                } else {
                    buckets = o.isConcrete() ? osp.buckets(o) : spo.all();
                }
                return new Matches(buckets, at, s, p, o);
            }

            @Override
            protected int graphBaseSize() {
                return (int) Math.min(Integer.MAX_VALUE, Iter.count(graphBaseFind(Triple.ANY)));
            }
        }
    }

    /**
     * The triples of some buckets alive at one version and matching a pattern: one iterator over
     * the buckets' arrays, since a join asks for thousands of small lookups.
     */
    private static final class Matches extends NiceIterator<Triple> {
        private final Iterator<Object> buckets;
        private final long at;
        private final Node s;
        private final Node p;
        private final Node o;
        private Fact[] facts = new Fact[0];
        private int size;
        private int index;
        private Triple next;

        Matches(Iterator<Object> buckets, long at, Node s, Node p, Node o) {
            this.buckets = buckets;
            this.at = at;
            this.s = s;
            this.p = p;
            this.o = o;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (index < size) {
                    take(facts[index++]);
                } else if (buckets.hasNext()) {
                    Object bucket = buckets.next();
                    if (bucket instanceof Fact one) {
                        take(one);
                        size = 0;
                    } else {
                        Facts.Slice slice = ((Facts) bucket).slice;
                        facts = slice.facts;
                        size = slice.size;
                    }
                    index = 0;
                } else {
                    return false;
                }
            }
            return true;
        }

        private void take(Fact fact) {
            if (fact.aliveAt(at) && fact.matches(s, p, o)) {
                next = fact.triple;
            }
        }

        @Override
        public Triple next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Triple triple = next;
            next = null;
            return triple;
        }
    }

    /** One triple of the layer, with the versions it entered and left at. */
    private static final class Fact {
        final Triple triple;
        final long entered;
        volatile long left = Long.MAX_VALUE;

        Fact(Triple triple, long entered) {
            this.triple = triple;
            this.entered = entered;
        }

        boolean aliveAt(long version) {
            return entered <= version && version < left;
        }

        boolean matches(Node s, Node p, Node o) {
            return (!s.isConcrete() || s.equals(triple.getSubject()))
                    && (!p.isConcrete() || p.equals(triple.getPredicate()))
                    && (!o.isConcrete() || o.equals(triple.getObject()));
        }
    }

    /**
     * The facts under one key of an index, when there are several (a key with one fact holds the
     * fact itself: most keys of a news graph have one). The one writer appends in place beyond
     * the readers' end and then publishes the longer slice, so readers need no lock.
     */
    private static final class Facts {
        private record Slice(Fact[] facts, int size) {}

        private volatile Slice slice;

        Facts(Fact first, Fact second) {
            slice = new Slice(new Fact[] {first, second, null, null}, 2);
        }

        Facts add(Fact fact) {
            Slice now = slice;
            Fact[] facts = now.size == now.facts.length ? Arrays.copyOf(now.facts, now.size * 2) : now.facts;
            facts[now.size] = fact;
            slice = new Slice(facts, now.size + 1);
            return this;
        }

        /** This without {@code fact}: the one fact left itself, or null when none is left. */
        Object remove(Fact fact) {
            Slice now = slice;
            Fact[] kept = new Fact[Math.max(2, now.size)];
            int size = 0;
            for (int i = 0; i < now.size; i++) {
                if (now.facts[i] != fact) {
                    kept[size++] = now.facts[i];
                }
            }
            if (size <= 1) {
                return size == 0 ? null : kept[0];
            }
            slice = new Slice(kept, size);
            return this;
        }
    }

    /** Facts by two of their terms, first then second: a {@link Fact} or {@link Facts} under each pair. */
    private static final class Index {
        /** The facts under one first term, by their second; keeps the first term's object. */
        private record Under(Node key, ConcurrentHashMap<Node, Object> bySecond) {}

        private final Map<Node, Under> byFirst = new ConcurrentHashMap<>();
        private final Function<Triple, Node> first;
        private final Function<Triple, Node> second;

        Index(Function<Triple, Node> first, Function<Triple, Node> second) {
            this.first = first;
            this.second = second;
        }

        void add(Fact fact) {
            byFirst.computeIfAbsent(first.apply(fact.triple), key -> new Under(key, new ConcurrentHashMap<>()))
                    .bySecond.compute(second.apply(fact.triple), (key, held) -> held == null ? fact
                            : held instanceof Fact one ? new Facts(one, fact) : ((Facts) held).add(fact));
        }

        void remove(Fact fact) {
            Node a = first.apply(fact.triple);
            Under under = byFirst.get(a);
            if (under == null) {
                return;
            }
            under.bySecond.computeIfPresent(second.apply(fact.triple), (key, held) -> held == fact ? null
                    : held instanceof Facts several ? several.remove(fact) : held);
            if (under.bySecond.isEmpty()) {
                byFirst.remove(a);
            }
        }

        /** The object this index holds for a first term equal to {@code term}, or null. */
        Node key(Node term) {
            Under under = byFirst.get(term);
            return under == null ? null : under.key;
        }

        /** The fact of {@code triple} that has not left, if any (the index must be {@code spo}). */
        Fact alive(Triple triple) {
            Under under = byFirst.get(first.apply(triple));
            Object held = under == null ? null : under.bySecond.get(second.apply(triple));
            if (held instanceof Fact one) {
                return one.left == Long.MAX_VALUE && one.triple.equals(triple) ? one : null;
            }
            if (held instanceof Facts several) {
                Facts.Slice now = several.slice;
                for (int i = 0; i < now.size; i++) {
                    Fact fact = now.facts[i];
                    if (fact.left == Long.MAX_VALUE && fact.triple.equals(triple)) {
                        return fact;
                    }
                }
            }
            return null;
        }

        Iterator<Object> bucket(Node a, Node b) {
            Under under = byFirst.get(a);
            Object held = under == null ? null : under.bySecond.get(b);
            return held == null ? Collections.emptyIterator() : Iter.singletonIterator(held);
        }

        Iterator<Object> buckets(Node a) {
            Under under = byFirst.get(a);
            return under == null ? Collections.emptyIterator() : under.bySecond.values().iterator();
        }

        Iterator<Object> all() {
            return Iter.flatMap(byFirst.values().iterator(), under -> under.bySecond.values().iterator());
        }

        void clear() {
            byFirst.clear();
        }
    }
}
