package org.newsgraph.core.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;

/** {@link GraphReplica} over a real broker (a child process) into real TDB2 folders. */
class GraphReplicaTest {
    @TempDir
    static Path folder;
    static KafkaBroker broker;
    private static final IriMinter IRIS = new IriMinter(LogFixtures.BASE, SlugRegistry.inMemory());

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start(folder.resolve("broker"));
        Topics.ensure(broker.bootstrapServers(), 3);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static ProducerRecord<String, byte[]> graphMessage(Post post) {
        return graphMessage(post, GraphFormat.NQUADS);
    }

    private static ProducerRecord<String, byte[]> graphMessage(Post post, GraphFormat format) {
        String iri = IRIS.graph(post);
        Graph graph = PostGraph.of(PostFacts.of(post), IRIS);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.GRAPHS, iri, format.encode(iri, graph));
        record.headers().add(GraphMessages.FORMAT, format.mediaType().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Test
    void replicasApplyGraphsAndTombstonesSetBadMessagesAsideAndANewReplicaRebuildsTheSame() throws Exception {
        Story story = new Story("replica-story", "Replica story", java.util.Optional.empty());
        Post first = LogFixtures.post(story, 2, 10, "Ferry talks open", "Delegates met at the harbour.");
        Post second = LogFixtures.post(story, 1, 20, "Ferry talks close", "No deal was reached.");
        Post gone = LogFixtures.post(story, 3, 5, "Early note", "Talks begin at noon.");
        try (KafkaProducer<String, byte[]> producer = LogFixtures.producer(broker.bootstrapServers())) {
            producer.send(graphMessage(first));
            producer.send(graphMessage(gone));
            producer.send(new ProducerRecord<>(Topics.GRAPHS, IRIS.graph(gone), null));
            ProducerRecord<String, byte[]> garbled = new ProducerRecord<>(Topics.GRAPHS, IRIS.graph(second), "<a> <b".getBytes(StandardCharsets.UTF_8));
            garbled.headers().add(GraphMessages.FORMAT, GraphMessages.NQUADS.getBytes(StandardCharsets.UTF_8));
            producer.send(garbled);
            ProducerRecord<String, byte[]> turtle = new ProducerRecord<>(Topics.GRAPHS, IRIS.graph(second), "<a> <b> <c> .".getBytes(StandardCharsets.UTF_8));
            turtle.headers().add(GraphMessages.FORMAT, "text/turtle".getBytes(StandardCharsets.UTF_8));
            producer.send(turtle);
            // A post node without its headline, time and story: the shapes refuse it.
            String shapeless = "<" + IRIS.post(second) + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                    + "<https://w3id.org/newsgraph/ontology#Post> <" + IRIS.graph(second) + "> .\n";
            ProducerRecord<String, byte[]> invalid = new ProducerRecord<>(Topics.GRAPHS, IRIS.graph(second), shapeless.getBytes(StandardCharsets.UTF_8));
            invalid.headers().add(GraphMessages.FORMAT, GraphMessages.NQUADS.getBytes(StandardCharsets.UTF_8));
            producer.send(invalid);
            producer.send(graphMessage(second, GraphFormat.RDF_PATCH));
        }

        TreeSet<String> expected;
        try (Store reference = Store.inMemory(LogFixtures.BASE)) {
            reference.replace(IRIS.graph(first), PostGraph.of(PostFacts.of(first), IRIS));
            reference.replace(IRIS.graph(second), PostGraph.of(PostFacts.of(second), IRIS));
            expected = LogFixtures.sortedQuads(reference);
        }

        Path one = folder.resolve("replica-1");
        try (Store store = Store.open(one, LogFixtures.BASE); GraphReplica replica = GraphReplica.start(broker.bootstrapServers(), store)) {
            assertTrue(replica.awaitCaughtUp(Duration.ofSeconds(60)), "caught up");
            assertEquals(expected, LogFixtures.sortedQuads(store), "the valid graphs, the tombstoned one deleted");
            assertEquals(3, replica.deadLetters());
            assertEquals(0, replica.lag());
            assertFalse(replica.failure().isPresent());
        }
        List<ConsumerRecord<String, byte[]>> dead = LogFixtures.readAll(broker.bootstrapServers(), Topics.DEAD_LETTERS);
        Set<String> reasons = dead.stream().map(r -> LogFixtures.header(r, "reason")).collect(Collectors.toSet());
        assertEquals(3, dead.size(), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("not N-Quads")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("unknown format text/turtle")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("refused by the shapes")), reasons::toString);
        assertTrue(dead.stream().allMatch(r -> LogFixtures.header(r, "source-offset") != null));

        // Reopened, the replica resumes where its store stands: nothing is applied twice.
        try (Store store = Store.open(one, LogFixtures.BASE); GraphReplica replica = GraphReplica.start(broker.bootstrapServers(), store)) {
            assertTrue(replica.awaitCaughtUp(Duration.ofSeconds(60)));
            assertEquals(0, replica.applied(), "nothing left to apply");
            assertEquals(expected, LogFixtures.sortedQuads(store));
        }
        // A replica from an empty folder rebuilds the same store from the topic alone.
        try (Store store = Store.open(folder.resolve("replica-2"), LogFixtures.BASE);
             GraphReplica replica = GraphReplica.start(broker.bootstrapServers(), store)) {
            assertTrue(replica.awaitCaughtUp(Duration.ofSeconds(60)));
            assertEquals(expected, LogFixtures.sortedQuads(store));
        }
    }
}
