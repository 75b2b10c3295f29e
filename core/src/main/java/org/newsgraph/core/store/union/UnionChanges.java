package org.newsgraph.core.store.union;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.dboe.transaction.txn.TxnId;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newsgraph.core.store.UnionFollower;
import org.newsgraph.core.store.layout.WriteTransactionPart;

/**
 * Collects the followed triples that enter and leave the merged layer during a write
 * transaction and tells the {@link UnionFollower}s once TDB2 has committed it, as an external
 * component of TDB2's transaction coordinator: an aborted write tells no one.
 */
public final class UnionChanges extends WriteTransactionPart<UnionChanges.Delta> {

    /** One transaction's net change: true for a triple that entered, false for one that left. */
    static final class Delta {
        private final boolean write;
        private final Map<Triple, Boolean> net = new LinkedHashMap<>();

        private Delta(boolean write) {
            this.write = write;
        }

        private void note(Triple triple, boolean entering) {
            Boolean before = net.get(triple);
            if (before != null && before != entering) {
                net.remove(triple); // in and out again within the write: no change
            } else {
                net.put(triple, entering);
            }
        }
    }

    private final List<UnionFollower> followers = new CopyOnWriteArrayList<>();
    /** The predicates some follower follows: asked for every triple written, so kept, not gathered each time. */
    private volatile Set<Node> followed = Set.of();
    /** Whether some follower follows every predicate. */
    private volatile boolean everything;

    public UnionChanges() {
        super("nglc", "the merged layer changes");
    }

    /** Starts telling {@code follower}; call inside a write transaction, so that no commit is half told. */
    public void add(UnionFollower follower) {
        followers.add(follower);
        gather();
    }

    /** Stops telling {@code follower}. */
    public void remove(UnionFollower follower) {
        followers.remove(follower);
        gather();
    }

    /** Whether anyone follows the layer (a bulk load, which tells no one, is only for a store without followers). */
    public boolean hasFollowers() {
        return !followers.isEmpty();
    }

    private synchronized void gather() {
        Set<Node> all = new HashSet<>();
        followers.forEach(f -> all.addAll(f.predicates()));
        followed = Set.copyOf(all);
        everything = followers.stream().anyMatch(UnionFollower::followsEveryPredicate);
    }

    /** Notes that {@code triple} entered the layer in the current write transaction. */
    void entered(Triple triple) {
        note(triple, true);
    }

    /** Notes that {@code triple} left the layer in the current write transaction. */
    void left(Triple triple) {
        note(triple, false);
    }

    /** Whether some follower follows {@code predicate}. */
    boolean follows(Node predicate) {
        return everything || followed.contains(predicate);
    }

    /** The predicates some follower follows; all of them when {@link #followsEveryPredicate()}. */
    Set<Node> predicates() {
        return followed;
    }

    /** Whether some follower follows every predicate. */
    boolean followsEveryPredicate() {
        return everything;
    }

    private void note(Triple triple, boolean entering) {
        if (!follows(triple.getPredicate())) {
            return;
        }
        writing().note(triple, entering);
    }

    @Override
    protected Delta fresh(boolean write) {
        return new Delta(write);
    }

    @Override
    protected boolean writes(Delta delta) {
        return delta.write;
    }

    @Override
    protected ByteBuffer _commitPrepare(TxnId txnId, Delta delta) {
        return null;
    }

    @Override
    protected void _commit(TxnId txnId, Delta delta) {
        if (delta.net.isEmpty()) {
            return;
        }
        for (UnionFollower follower : followers) {
            List<Triple> entered = new ArrayList<>();
            List<Triple> left = new ArrayList<>();
            delta.net.forEach((triple, entering) -> {
                if (follower.follows(triple.getPredicate())) {
                    (entering ? entered : left).add(triple);
                }
            });
            if (!entered.isEmpty() || !left.isEmpty()) {
                follower.changed(entered, left);
            }
        }
    }

    @Override
    protected void _abort(TxnId txnId, Delta delta) {
        // Nothing was told; the delta goes with the transaction.
    }
}
