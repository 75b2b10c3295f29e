package org.newsgraph.core.store.tdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newsgraph.core.store.UnionFollower;

/**
 * A follower that is still being told the union as it was: the changes committed meanwhile wait
 * here, in commit order, and are told once the replay is done, so that writers never wait for a
 * replay and the follower never sees a change before the version it builds on.
 */
final class CatchUp implements UnionFollower {
    private record Change(List<Triple> entered, List<Triple> left) {}

    private final UnionFollower follower;
    private List<Change> waiting = new ArrayList<>();

    CatchUp(UnionFollower follower) {
        this.follower = follower;
    }

    @Override
    public Set<Node> predicates() {
        return follower.predicates();
    }

    @Override
    public boolean followsEveryPredicate() {
        return follower.followsEveryPredicate();
    }

    @Override
    public synchronized void changed(List<Triple> entered, List<Triple> left) {
        if (waiting != null) {
            waiting.add(new Change(List.copyOf(entered), List.copyOf(left)));
        } else {
            follower.changed(entered, left);
        }
    }

    /** Tells the changes that waited, then lets the next ones through. */
    synchronized void release() {
        waiting.forEach(change -> follower.changed(change.entered(), change.left()));
        waiting = null;
    }
}
