package org.newsgraph.sparql.replica;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.log.GraphFormat;
import org.newsgraph.core.log.GraphMessages;
import org.newsgraph.core.log.KafkaBroker;
import org.newsgraph.core.log.LogFixtures;
import org.newsgraph.core.log.Topics;

/**
 * A real broker whose {@code newsgraph.graphs} already holds {@value #POSTS} post graphs when the
 * service starts, and an empty folder for the replica's store.
 */
public class BrokerWithGraphs implements QuarkusTestResourceLifecycleManager {
    static final int POSTS = 200;
    static final IriMinter IRIS = new IriMinter(LogFixtures.BASE, SlugRegistry.inMemory());
    static String servers;
    private Path folder;
    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createTempDirectory("newsgraph-replica-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker = KafkaBroker.start(folder.resolve("broker"));
        servers = broker.bootstrapServers();
        Topics.ensure(servers, 3);
        try (KafkaProducer<String, byte[]> producer = LogFixtures.producer(servers)) {
            for (int i = 0; i < POSTS; i++) {
                producer.send(graph(LogFixtures.post(LogFixtures.STORY, i + 1, i, "Update " + i, "Harbour news number " + i + ".")));
            }
        }
        return Map.of("newsgraph.store", folder.resolve("tdb2").toString(), "newsgraph.base", LogFixtures.BASE,
                "newsgraph.replicate-from", servers);
    }

    /** The graph message of a post. */
    static ProducerRecord<String, byte[]> graph(Post post) {
        String iri = IRIS.graph(post);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.GRAPHS, iri,
                GraphFormat.NQUADS.encode(iri, PostGraph.of(PostFacts.of(post), IRIS)));
        record.headers().add(GraphMessages.FORMAT, GraphMessages.NQUADS.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Override
    public void stop() {
        broker.close();
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
