package org.newsgraph.core.log;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;

/** Made-up posts, clients of a test broker, and a store's quads as sorted N-Quads lines, for the distributed mode's tests. */
public final class LogFixtures {
    public static final String BASE = "http://example.org/";
    public static final Story STORY = new Story("harbour-summit", "Harbour summit", Optional.of("https://news.example/live/harbour"));

    private LogFixtures() {}

    /** A post of the story published {@code minute} minutes after 10:00 on 2 November 2024. */
    public static Post post(Story story, int position, int minute, String headline, String body) {
        OffsetDateTime at = OffsetDateTime.parse("2024-11-02T10:00:00+00:00").plusMinutes(minute);
        return new Post(story, Post.idFor(at, 1), position, headline, body, at,
                List.of(new Byline("Mara Quint", Optional.of("Harbour correspondent"))), false, List.of(), position);
    }

    /** A producer of string keys and byte values. */
    public static KafkaProducer<String, byte[]> producer(String servers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Every committed record of a topic now, from its beginning. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String servers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(java.time.Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    /** A header's text, or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The store's named-graph quads as N-Quads lines, sorted: two stores hold the same quads when these are equal. */
    public static TreeSet<String> sortedQuads(Store store) {
        return store.readNamedGraphs(dsg -> {
            TreeSet<String> lines = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    lines.add(NodeFmtLib.str(q) + " .");
                }
            });
            return lines;
        });
    }
}
