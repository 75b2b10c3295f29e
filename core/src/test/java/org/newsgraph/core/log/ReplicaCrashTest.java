package org.newsgraph.core.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;

/**
 * A replica that dies inside its store's commit, over a real broker and a real TDB2 folder: the dead
 * letter of a graph the shapes refuse is on the broker before the commit, so the crash cannot lose it;
 * the replica restarted does the batch again and sends it a second time (at least once).
 */
class ReplicaCrashTest {
    @TempDir
    Path folder;

    @Test
    void aRefusedGraphsDeadLetterIsOnTheBrokerBeforeTheCommitAndSurvivesACrashThere() throws Exception {
        IriMinter iris = new IriMinter(LogFixtures.BASE, SlugRegistry.inMemory());
        Story story = new Story("crash-story", "Crash story", Optional.empty());
        Post good = LogFixtures.post(story, 1, 10, "Bridge reopens", "Traffic moves again.");
        Post bad = LogFixtures.post(story, 2, 5, "Bridge shut", "Inspectors closed it.");
        try (KafkaBroker broker = KafkaBroker.start(folder.resolve("broker"))) {
            String servers = broker.bootstrapServers();
            Topics.ensure(servers, 1);   // one partition: both messages come in one poll
            try (KafkaProducer<String, byte[]> producer = LogFixtures.producer(servers)) {
                // A post node without its headline, time and story: the shapes refuse it.
                String shapeless = "<" + iris.post(bad) + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                        + "<https://w3id.org/newsgraph/ontology#Post> <" + iris.graph(bad) + "> .\n";
                producer.send(nquads(iris.graph(bad), shapeless.getBytes(StandardCharsets.UTF_8)));
                Graph graph = PostGraph.of(PostFacts.of(good), iris);
                producer.send(nquads(iris.graph(good), GraphFormat.NQUADS.encode(iris.graph(good), graph))).get();
            }

            Path tdb2 = folder.resolve("replica");
            AtomicInteger lettersAtCommit = new AtomicInteger(-1);
            try (Store store = Store.open(tdb2, LogFixtures.BASE)) {
                // The process dies inside the commit: the store applies nothing and records no position.
                Store dying = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("apply")) {
                                lettersAtCommit.set(lettersFor(servers, iris.graph(bad)));
                                throw new IllegalStateException("killed inside the commit");
                            }
                            try {
                                return method.invoke(store, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                try (GraphReplica replica = GraphReplica.start(servers, dying)) {
                    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                    while (replica.failure().isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(100);
                    }
                    assertTrue(replica.failure().isPresent(), "the replica died in its commit");
                }
                assertEquals(1, lettersAtCommit.get(), "the dead letter was on the broker when the commit began");
                assertEquals(0, store.positions().size(), "nothing was committed");

                try (GraphReplica restarted = GraphReplica.start(servers, store)) {
                    assertTrue(restarted.awaitCaughtUp(Duration.ofSeconds(90)));
                    assertEquals(1, restarted.applied(), "the good graph, once");
                }
                boolean goodHeld = store.readNamedGraphs(dsg -> dsg.containsGraph(NodeFactory.createURI(iris.graph(good))));
                boolean badHeld = store.readNamedGraphs(dsg -> dsg.containsGraph(NodeFactory.createURI(iris.graph(bad))));
                assertTrue(goodHeld, "the good graph is applied");
                assertFalse(badHeld, "the refused graph is not");
            }
            assertEquals(2, lettersFor(servers, iris.graph(bad)), "sent again by the restarted replica: at least once");
        }
    }

    private static ProducerRecord<String, byte[]> nquads(String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.GRAPHS, key, value);
        record.headers().add(GraphMessages.FORMAT, GraphMessages.NQUADS.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Dead letters of the graph {@code key} refused by the shapes. */
    private static int lettersFor(String servers, String key) {
        List<ConsumerRecord<String, byte[]>> dead = LogFixtures.readAll(servers, Topics.DEAD_LETTERS);
        return (int) dead.stream().filter(r -> key.equals(r.key())
                && LogFixtures.header(r, "reason").startsWith("refused by the shapes")).count();
    }
}
