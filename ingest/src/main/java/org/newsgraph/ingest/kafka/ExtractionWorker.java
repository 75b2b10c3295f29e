package org.newsgraph.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.jena.graph.Graph;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.pipeline.AnnotatedStory;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;
import org.newsgraph.core.log.DeadLetters;
import org.newsgraph.core.log.GraphFormat;
import org.newsgraph.core.log.GraphMessages;
import org.newsgraph.core.log.LogUnavailable;
import org.newsgraph.core.log.MessageRefused;
import org.newsgraph.core.log.PostMessage;
import org.newsgraph.core.log.SlugClaims;
import org.newsgraph.core.log.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One extraction worker of the consumer group {@value #GROUP}: takes the posts of its partitions of
 * {@link Topics#POSTS}, and for each story with a new or edited post extracts the whole story (so
 * entities resolve across its posts) and puts each post's graph that changed on {@link Topics#GRAPHS}.
 * <pre>
 *   try (ExtractionWorker worker = ExtractionWorker.create("localhost:9092", "w1", base, StandardExtraction::extractors)) {
 *       worker.run();   // until close() from another thread
 *   }
 * </pre>
 * Exactly once: each poll's graphs, dead letters and consumed offsets are one Kafka transaction
 * ({@code transactional.id} newsgraph-extract-ID), so a worker killed mid-batch leaves nothing of the
 * batch, and its successor (the same id restarted, or another worker after a rebalance) does it again.
 * A worker given a partition rebuilds its stories by reading the partition up to the committed offset.
 * Entity slugs are claimed through {@link SlugClaims}, so that the workers number namesakes as one
 * single-process store does. A post message that cannot be read goes to the dead letters.
 */
public final class ExtractionWorker implements Runnable, AutoCloseable {
    /** The consumer group of the workers. */
    public static final String GROUP = "newsgraph-extract";
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionWorker.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** The longest a poll's batch may take, its transaction open: within the broker's transaction.max.timeout.ms (15 min by default). */
    private static final Duration BATCH_TIME = Duration.ofMinutes(8);

    private final String servers;
    private final String id;
    private final SlugClaims slugs;
    private final IriMinter iris;
    private final List<Extractor> extractors;
    private final GraphFormat format;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final DeadLetters deadLetters;
    private final StoryBook book = new StoryBook();
    /** The bytes last sent of each graph, by IRI, so an unchanged graph is not sent again. */
    private final Map<String, Integer> sent = new HashMap<>();
    private final AtomicLong posts = new AtomicLong();
    private final AtomicLong graphs = new AtomicLong();
    private volatile boolean running = true;

    private ExtractionWorker(String servers, String id, String base, List<Extractor> extractors, GraphFormat format) {
        this.servers = servers;
        this.id = id;
        this.format = format;
        this.slugs = SlugClaims.connect(servers, "worker " + id);
        this.iris = new IriMinter(base, slugs);
        this.extractors = extractors;
        this.consumer = new KafkaConsumer<>(consumerProps(servers, id), new StringDeserializer(), new ByteArrayDeserializer());
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsgraph-extract-" + id);
        // A batch's transaction lasts as long as its extraction: on a busy machine, minutes. The broker
        // aborts one that outlives this, fencing the worker; a worker restarted under its id aborts its
        // open transaction at once, so only a worker gone for good holds readers back this long.
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) BATCH_TIME.toMillis());
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.deadLetters = new DeadLetters(producer, "worker " + id);
    }

    /**
     * A worker named {@code id} (unique among the workers, and the same when one is restarted, so
     * that its unfinished transaction is aborted at once) minting IRIs under {@code base}.
     */
    public static ExtractionWorker create(String servers, String id, String base, Supplier<List<Extractor>> extraction) {
        return create(servers, id, base, extraction, GraphFormat.NQUADS);
    }

    /** A worker as above that writes its graph messages in {@code format}. */
    public static ExtractionWorker create(String servers, String id, String base, Supplier<List<Extractor>> extraction,
                                          GraphFormat format) {
        Topics.ensure(servers, 6);
        return new ExtractionWorker(servers, id, base, extraction.get(), format);
    }

    private static Properties consumerProps(String servers, String id) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        if (id != null) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
            // Static membership: a worker restarted under its id takes its partitions back at once,
            // instead of the group waiting out the dead member's session.
            p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "newsgraph-extract-" + id);
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
            // A story's extraction may take minutes on a busy machine; the group must not give its partition away meanwhile.
            p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) BATCH_TIME.toMillis());
        }
        return p;
    }

    /** Consumes until {@link #close()}; a failure of the broker or the transaction ends it with the exception. */
    @Override
    public void run() {
        producer.initTransactions();
        consumer.subscribe(List.of(Topics.POSTS), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                partitions.forEach(tp -> book.forget(tp.partition()));
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                restore(partitions);
            }
        });
        LOG.info("worker {} consuming {} at {}", id, Topics.POSTS, servers);
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    process(records);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll up.
        } finally {
            consumer.close();
            producer.close(Duration.ofSeconds(5));
            slugs.close();
        }
    }

    private void process(ConsumerRecords<String, byte[]> records) {
        producer.beginTransaction();
        Map<String, List<ConsumerRecord<String, byte[]>>> changed = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                PostMessage message = PostMessage.decode(record.value());
                if (!message.key().equals(record.key())) {
                    throw new MessageRefused("keyed " + record.key() + " but of the story " + message.key());
                }
                posts.incrementAndGet();
                if (book.offer(record.partition(), message) || changed.containsKey(message.key())) {
                    changed.computeIfAbsent(message.key(), k -> new ArrayList<>()).add(record);
                }
            } catch (MessageRefused e) {
                deadLetters.send(record, e.getMessage());
            }
        }
        changed.forEach((story, sources) -> {
            try {
                publish(book.posts(story));
            } catch (LogUnavailable e) {
                // The broker, not the story: the batch is left unfinished, to be done again.
                throw e;
            } catch (RuntimeException e) {
                // A story that breaks extraction must not stop the worker, nor come back after every restart.
                LOG.error("worker {}: the story {} failed extraction", id, story, e);
                sources.forEach(r -> deadLetters.send(r, "extraction failed: " + e));
            }
        });
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> of = records.records(tp);
            offsets.put(tp, new OffsetAndMetadata(of.get(of.size() - 1).offset() + 1));
        }
        producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
        producer.commitTransaction();
        // Committed, so every dead letter of the batch is acknowledged: this only lets go of them.
        deadLetters.awaitSent();
    }

    /** Extracts the story's posts together and sends each post's graph that differs from the last sent. */
    private void publish(List<Post> story) {
        AnnotatedStory annotated = AnnotatedStory.of(story.stream().map(PostFacts::of).toList());
        Warnings warnings = new Warnings();
        for (Extractor extractor : extractors) {
            annotated = extractor.extract(annotated, warnings);
        }
        for (PostFacts post : annotated.posts()) {
            String iri = iris.graph(post.post());
            Graph graph = PostGraph.of(post, iris);
            byte[] value = format.encode(iri, graph);
            Integer hash = Arrays.hashCode(value);
            if (!hash.equals(sent.get(iri))) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.GRAPHS, iri, value);
                record.headers().add(GraphMessages.FORMAT, format.mediaType().getBytes(StandardCharsets.UTF_8));
                producer.send(record);
                sent.put(iri, hash);
                graphs.incrementAndGet();
            }
        }
    }

    /** Reads the partitions given to this worker up to their committed offsets, so their stories are whole again. */
    private void restore(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        Map<TopicPartition, Long> until = new LinkedHashMap<>();
        committed.forEach((tp, at) -> {
            if (at != null && at.offset() > 0) {
                until.put(tp, at.offset());
            }
        });
        if (until.isEmpty()) {
            return;
        }
        long read = 0;
        try (KafkaConsumer<String, byte[]> history = new KafkaConsumer<>(consumerProps(servers, null),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            history.assign(until.keySet());
            history.seekToBeginning(until.keySet());
            while (until.entrySet().stream().anyMatch(e -> history.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, byte[]> record : history.poll(POLL)) {
                    if (record.offset() < until.get(new TopicPartition(record.topic(), record.partition()))) {
                        try {
                            book.offer(record.partition(), PostMessage.decode(record.value()));
                            read++;
                        } catch (MessageRefused e) {
                            // Set aside when it was first consumed.
                        }
                    }
                }
            }
        }
        LOG.info("worker {} took {}: {} posts read back up to {}", id, partitions, read, until);
    }

    /** Posts consumed since start. */
    public long posts() {
        return posts.get();
    }

    /** Graphs sent since start. */
    public long graphs() {
        return graphs.get();
    }

    /** Messages set aside as dead letters since start. */
    public long deadLetters() {
        return deadLetters.count();
    }

    /** Stops {@link #run()} after the batch under way; call from another thread. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
