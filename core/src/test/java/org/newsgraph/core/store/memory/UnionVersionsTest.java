package org.newsgraph.core.store.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/**
 * The copy's versions on their own, through package access: a reader keeps the version it
 * opened while writes go on, deletes and re-adds are exact, and a delta merged into a new base
 * in the background changes nothing any reader sees. The oracle is a plain set of triples.
 */
class UnionVersionsTest {
    private static Triple triple(int s, int p, int o) {
        return Triple.create(NodeFactory.createURI("urn:x:s" + s), NodeFactory.createURI("urn:x:p" + p),
                o % 3 == 0 ? NodeFactory.createLiteralString("text " + o) : NodeFactory.createURI("urn:x:o" + o));
    }

    private static Set<Triple> held(UnionInMemory.Snapshot snapshot) {
        return new HashSet<>(snapshot.graph().find().toList());
    }

    @Test
    void aReaderKeepsTheVersionItOpenedAt() {
        UnionInMemory copy = new UnionInMemory(1000);
        Triple a = triple(1, 1, 1);
        Triple b = triple(1, 1, 2);
        Triple c = triple(2, 1, 3);
        assertTrue(copy.load(List.of(a, b).iterator()));
        UnionInMemory.Snapshot old = copy.open().orElseThrow();
        copy.changed(List.of(c), List.of(a));
        UnionInMemory.Snapshot now = copy.open().orElseThrow();
        assertEquals(Set.of(a, b), held(old), "an open reader still sees what left after it opened, and not what came");
        assertEquals(Set.of(b, c), held(now));
        assertTrue(old.graph().contains(a));
        assertFalse(old.graph().contains(Node.ANY, Node.ANY, c.getObject()));
        assertFalse(now.graph().contains(a));
    }

    @Test
    void deletesThenReAddsAreExact() {
        UnionInMemory copy = new UnionInMemory(1000, 1_000_000);
        Triple a = triple(1, 1, 1);
        Triple b = triple(2, 2, 2);
        assertTrue(copy.load(List.of(a).iterator()));
        copy.changed(List.of(), List.of(a));
        assertEquals(Set.of(), held(copy.open().orElseThrow()));
        copy.changed(List.of(a, b), List.of());
        assertEquals(Set.of(a, b), held(copy.open().orElseThrow()));
        copy.changed(List.of(), List.of(b));
        copy.changed(List.of(b), List.of(a));
        assertEquals(Set.of(b), held(copy.open().orElseThrow()));
        assertEquals(1, copy.size());
        assertEquals(2, copy.deltaSize(), "a base triple removed, a new one added");
    }

    @Test
    void theDeltaIsMergedWhileReadersRead() throws Exception {
        UnionInMemory copy = new UnionInMemory(1_000_000, 50);
        Random random = new Random(13);
        Set<Triple> model = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            model.add(triple(random.nextInt(60), random.nextInt(5), random.nextInt(80)));
        }
        assertTrue(copy.load(new ArrayList<>(model).iterator()));
        List<UnionInMemory.Snapshot> readers = new ArrayList<>();
        List<Set<Triple>> seen = new ArrayList<>();
        int merges = 0;
        for (int round = 0; round < 200; round++) {
            Set<Triple> entered = new HashSet<>();
            Set<Triple> left = new HashSet<>();
            for (int k = 0; k < 8; k++) {
                Triple t = triple(random.nextInt(60), random.nextInt(5), random.nextInt(80));
                if (model.contains(t) && !entered.contains(t)) {
                    left.add(t);
                } else if (!model.contains(t) && !left.contains(t)) {
                    entered.add(t);
                }
            }
            model.removeAll(left);
            model.addAll(entered);
            boolean wasMerging = copy.merging();
            copy.changed(new ArrayList<>(entered), new ArrayList<>(left));
            merges += !wasMerging && copy.merging() ? 1 : 0;
            if (round % 10 == 0) {
                readers.add(copy.open().orElseThrow());
                seen.add(Set.copyOf(model));
            }
            assertEquals(model.size(), copy.size());
        }
        for (long deadline = System.nanoTime() + 60_000_000_000L; copy.merging() && System.nanoTime() < deadline; ) {
            Thread.sleep(10);
        }
        assertTrue(merges > 3, "the delta was merged several times: " + merges);
        assertFalse(copy.merging());
        assertEquals(model, held(copy.open().orElseThrow()), "the merged copy holds the union");
        for (int r = 0; r < readers.size(); r++) {
            assertEquals(seen.get(r), held(readers.get(r)), "reader " + r + " keeps its version across merges");
        }
        Triple any = model.iterator().next();
        assertEquals(model.stream().filter(t -> t.getSubject().equals(any.getSubject())).count(),
                copy.open().orElseThrow().graph().find(any.getSubject(), Node.ANY, Node.ANY).toList().size());
        assertEquals(model.stream().filter(t -> t.getObject().equals(any.getObject())).count(),
                copy.open().orElseThrow().graph().find(Node.ANY, Node.ANY, any.getObject()).toList().size());
    }

    @Test
    void aCopyOutgrownIsLetGoAndItsReadersKeepTheirVersion() {
        UnionInMemory copy = new UnionInMemory(3);
        assertTrue(copy.load(List.of(triple(1, 1, 1), triple(1, 1, 2)).iterator()));
        UnionInMemory.Snapshot reader = copy.open().orElseThrow();
        copy.changed(List.of(triple(2, 1, 1), triple(2, 1, 2)), List.of());
        assertFalse(copy.held());
        assertTrue(copy.open().isEmpty());
        assertEquals(0, copy.bytes());
        assertEquals(2, held(reader).size());
        assertFalse(new UnionInMemory(1).load(List.of(triple(1, 1, 1), triple(1, 1, 2)).iterator()));
    }
}
