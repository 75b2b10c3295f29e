package org.newsgraph.core.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Something kept in step with the union of the post graphs, such as an in-memory index of the
 * facts an application reads most: told, for the predicates it follows, of the triples that
 * entered the union and of those that left it, once each write commits.
 * <pre>
 *   store.follow(new UnionFollower() {
 *       public Set&lt;Node&gt; predicates() { return Set.of(NG.participant.asNode()); }
 *       public void changed(List&lt;Triple&gt; entered, List&lt;Triple&gt; left) { ... }
 *   });
 * </pre>
 * A triple enters when the first post graph states it and leaves when the last one that stated
 * it is replaced or deleted, so a follower sees each fact of the union once.
 */
public interface UnionFollower {
    /** The predicates whose triples this follower is told of; never changes. */
    Set<Node> predicates();

    /** Whether this follower is told of every triple, whatever {@link #predicates()} says; never changes. */
    default boolean followsEveryPredicate() {
        return false;
    }

    /** Whether this follower is told of triples with {@code predicate}. */
    default boolean follows(Node predicate) {
        return followsEveryPredicate() || predicates().contains(predicate);
    }

    /**
     * One committed change of the union: called once per write that changed followed triples, in
     * commit order, on the writing thread (which waits for it: keep it short), after
     * {@link #replay}. A triple that entered and left within one write is in neither list.
     */
    void changed(List<Triple> entered, List<Triple> left);

    /**
     * The followed triples of the union at the version the follower starts from, once, before any
     * {@link #changed}; on a thread of the store's, while writers go on. By default told as
     * {@link #changed} calls of {@value #REPLAY_BATCH} triples, so a large union is never held whole.
     */
    default void replay(Iterator<Triple> union) {
        List<Triple> batch = new ArrayList<>();
        while (union.hasNext()) {
            batch.add(union.next());
            if (batch.size() == REPLAY_BATCH) {
                changed(batch, List.of());
                batch = new ArrayList<>();
            }
        }
        changed(batch, List.of());
    }

    /** How many triples the default {@link #replay} tells at once. */
    int REPLAY_BATCH = 100_000;
}
