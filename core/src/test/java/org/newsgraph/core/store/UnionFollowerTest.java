package org.newsgraph.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.ontology.NG;

/**
 * A follower of the union keeps an exact copy of the union's triples of its predicates through
 * every kind of write: it is told each triple entering once and each leaving once, and nothing
 * of a write that aborts.
 */
class UnionFollowerTest extends StoreOnDisk {
    private static final Node KNOWS = NodeFactory.createURI("urn:x:knows");
    private static final Set<Node> FOLLOWED = Set.of(KNOWS, RDFS.label.asNode(), RDF.type.asNode(), NG.pledger.asNode());
    private static final Duration LIMIT = Duration.ofMinutes(1);

    Mirror mirror;

    /** Applies what it is told to a set, refusing a triple told to enter twice or to leave when absent. */
    static class Mirror implements UnionFollower {
        final Set<Triple> triples = new HashSet<>();
        final List<Integer> calls = new ArrayList<>();

        @Override
        public Set<Node> predicates() {
            return FOLLOWED;
        }

        @Override
        public void changed(List<Triple> entered, List<Triple> left) {
            calls.add(entered.size() + left.size());
            left.forEach(t -> assertTrue(triples.remove(t), "left but never entered: " + t));
            entered.forEach(t -> assertTrue(FOLLOWED.contains(t.getPredicate()) && triples.add(t), "entered twice: " + t));
        }
    }

    @BeforeEach
    void fill() {
        store.write(List.of(Fixtures.pledgePost(), Fixtures.plainPost(2, "10:30")));
        mirror = new Mirror();
        store.follow(mirror);
    }

    @Test
    void aFollowerIsToldTheUnionAsItIs() {
        assertFalse(mirror.triples.isEmpty());
        assertMirrorIsTheUnion();
    }

    @Test
    void aFollowerStaysInStepWithEveryKindOfWrite() throws Exception {
        store.write(List.of(Fixtures.pledgePostAgain()));            // repeats the pledge: nothing enters twice
        assertMirrorIsTheUnion();
        store.write(Fixtures.plainPost(1, "10:15"));                 // the first post no longer reports it
        assertMirrorIsTheUnion();
        assertTrue(mirror.triples.stream().anyMatch(t -> t.getPredicate().equals(NG.pledger.asNode())), "the other post still does");
        store.delete(new IriMinter(Fixtures.BASE, SlugRegistry.inMemory()).graph(Fixtures.pledgePostAgain().post()));
        assertMirrorIsTheUnion();
        assertTrue(mirror.triples.stream().noneMatch(t -> t.getPredicate().equals(NG.pledger.asNode())), "no post reports it");
        store.replace("urn:x:g1", graph("<urn:x:a> <urn:x:knows> <urn:x:b> . <urn:x:a> <urn:x:other> <urn:x:b> ."));
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:x:g2> { <urn:x:a> <urn:x:knows> <urn:x:b> } } ;"
                + " DELETE DATA { GRAPH <urn:x:g1> { <urn:x:a> <urn:x:knows> <urn:x:b> } } ;"
                + " COPY <urn:x:g2> TO <urn:x:g3>"), LIMIT);
        assertMirrorIsTheUnion();
        assertTrue(mirror.triples.contains(Triple.create(NodeFactory.createURI("urn:x:a"), KNOWS, NodeFactory.createURI("urn:x:b"))));
        Path file = folder.resolve("more.nq");
        Files.writeString(file, "<urn:x:d> <urn:x:knows> <urn:x:e> <urn:x:g4> .\n");
        store.load(file);
        assertMirrorIsTheUnion();
        store.update(UpdateFactory.create("CLEAR ALL"), LIMIT);
        assertMirrorIsTheUnion();
        assertTrue(mirror.triples.isEmpty());
    }

    @Test
    void aWriteThatEnteredAndLeftATripleTellsNothingOfIt() {
        int before = mirror.calls.size();
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:x:g1> { <urn:x:a> <urn:x:knows> <urn:x:b> } } ;"
                + " DELETE DATA { GRAPH <urn:x:g1> { <urn:x:a> <urn:x:knows> <urn:x:b> } }"), LIMIT);
        assertEquals(before, mirror.calls.size());
        assertMirrorIsTheUnion();
    }

    @Test
    void aWriteThatAbortsTellsNothing() throws Exception {
        Set<Triple> before = new HashSet<>(mirror.triples);
        Path file = folder.resolve("broken.nq");
        Files.writeString(file, "<urn:x:d> <urn:x:knows> <urn:x:e> <urn:x:g4> .\n<urn:x:d> <urn:x:knows> \"unclosed <urn:x:g4> .\n");
        assertThrows(LoadRefused.class, () -> store.load(file));
        assertEquals(before, mirror.triples);
        assertMirrorIsTheUnion();
    }

    @Test
    void aCompactedStoreStillTellsItsFollowersAndIndexesText() {
        store.compact();
        store.write(List.of(Fixtures.pledgePostAgain()));
        store.replace("urn:x:g1", graph("<urn:x:a> <urn:x:knows> <urn:x:b> ."));
        assertMirrorIsTheUnion();
        assertTrue(mirror.triples.contains(Triple.create(NodeFactory.createURI("urn:x:a"), KNOWS, NodeFactory.createURI("urn:x:b"))));
        boolean found = store.read(dsg -> QueryExec.dataset(dsg)
                .query("PREFIX text: <http://jena.apache.org/text#> ASK { ?s text:query 'port' }").ask());
        assertTrue(found, "the text index still follows the store");
    }

    @Test
    void writersGoOnWhileAFollowerReplaysAndItIsToldTheirChangesAfter() throws Exception {
        CountDownLatch replaying = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        Mirror slow = new Mirror() {
            @Override
            public void replay(Iterator<Triple> union) {
                replaying.countDown();
                try {
                    assertTrue(written.await(1, TimeUnit.MINUTES), "a write waited for the replay");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.replay(union);
            }
        };
        ExecutorService follower = Executors.newSingleThreadExecutor();
        try {
            Future<?> following = follower.submit(() -> store.follow(slow));
            assertTrue(replaying.await(1, TimeUnit.MINUTES));
            store.replace("urn:x:g1", graph("<urn:x:a> <urn:x:knows> <urn:x:b> ."));
            store.write(Fixtures.plainPost(1, "10:15"));            // the pledge leaves while the follower replays
            written.countDown();
            following.get(1, TimeUnit.MINUTES);
        } finally {
            follower.shutdownNow();
        }
        mirror = slow;
        assertMirrorIsTheUnion();
        assertTrue(slow.triples.contains(Triple.create(NodeFactory.createURI("urn:x:a"), KNOWS, NodeFactory.createURI("urn:x:b"))));
    }

    private void assertMirrorIsTheUnion() {
        Set<Triple> union = store.read(dsg -> {
            Set<Triple> triples = new HashSet<>();
            for (Node p : FOLLOWED) {
                dsg.getDefaultGraph().find(Node.ANY, p, Node.ANY).forEachRemaining(triples::add);
            }
            return triples;
        });
        assertEquals(union, mirror.triples);
    }

    private static Graph graph(String ntriples) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(graph, new StringReader(ntriples), null, Lang.NTRIPLES);
        return graph;
    }
}
