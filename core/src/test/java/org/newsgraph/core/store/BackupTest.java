package org.newsgraph.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Backups taken while a writer runs are consistent snapshots, and restore into a store equal to the snapshot. */
class BackupTest extends StoreOnDisk {
    private static final int WRITES = 400;

    private static String graphName(int i) {
        return "http://example.org/graph/w/" + i;
    }

    /** Graph {@code i}: five triples that say which write made them. */
    private static Graph written(int i) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int k = 0; k < 5; k++) {
            graph.add(Triple.create(NodeFactory.createURI("http://example.org/w/" + i), NodeFactory.createURI("http://example.org/p" + k),
                    NodeFactory.createLiteralString("write " + i)));
        }
        return graph;
    }

    @Test
    void aBackupWhileAWriterRunsRestoresToTheStoreAtItsSnapshot() throws Exception {
        store.write(Fixtures.pledgePost());
        AtomicInteger done = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < WRITES; i++) {
                store.replace(graphName(i), written(i));
                done.incrementAndGet();
            }
        });
        while (done.get() < 20) {
            Thread.sleep(5);
        }
        Path file = folder.resolve("backups/snapshot.nq.gz");
        Backup backup = store.backup(file);
        int afterBackup = done.get();
        writer.get();
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(file.resolveSibling("snapshot.nq.gz.part")), "the temporary name is gone");

        try (Store restored = Store.restore(file, folder.resolve("restored"))) {
            assertEquals(Fixtures.BASE, restored.base());
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                Node name = NodeFactory.createURI(graphName(i));
                int index = i;
                Graph copy = restored.readNamedGraphs(view -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    view.getGraph(name).find().forEachRemaining(g::add);
                    return g;
                });
                if (!copy.isEmpty()) {
                    assertTrue(copy.isIsomorphicWith(written(index)), "graph " + i + " is whole");
                    held.add(i);
                }
            }
            assertTrue(held.size() >= 20 && held.size() <= afterBackup, "the snapshot holds " + held.size()
                    + " writes, taken between the 20th and the " + afterBackup + "th");
            assertEquals(held.size() - 1, (int) held.get(held.size() - 1), "the writes it holds are the first ones, without gaps");
            assertEquals(backup.graphs(), held.size() + 1, "the writer's graphs and the post's");
            assertEquals(backup.quads(), restored.size());
            assertEquals(WriteResult.Outcome.UNCHANGED, restored.write(Fixtures.pledgePost()).outcome(),
                    "the slug registry came back: the post maps to the same IRIs and graph");
        }
    }

    @Test
    void restoreRefusesAFolderThatHoldsFilesAndAFileThatIsNoBackup() throws Exception {
        Path file = folder.resolve("b.nq.gz");
        store.backup(file);
        Path taken = folder.resolve("taken");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("x"), "x");
        assertThrows(StoreRefused.class, () -> Store.restore(file, taken));
        Path notABackup = folder.resolve("other.nq.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(notABackup))) {
            out.write("<http://a> <http://b> <http://c> <http://g> .\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThrows(LoadRefused.class, () -> Store.restore(notABackup, folder.resolve("fresh")));
    }
}
