package org.newsgraph.core.log;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsgraph.core.store.GraphChange;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WritePath;
import org.newsgraph.core.store.WriteResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read replica's feed: consumes {@link Topics#GRAPHS} into a {@link Store}, each poll's graphs and
 * the positions reached in one {@link Store#apply} transaction, so a replica killed at any moment
 * resumes exactly where its store stands: no graph applied twice, none skipped.
 * <pre>
 *   try (GraphReplica replica = GraphReplica.start("localhost:9092", store)) {
 *       replica.awaitCaughtUp(Duration.ofMinutes(5));   // the topic's end as it was at start
 *       long lag = replica.lag();
 *   }
 * </pre>
 * It reads every partition itself (no consumer group: each replica holds the whole store) and only
 * committed messages. A message it cannot use (no key, unknown format, garbled, outside the store's
 * base, refused by the shapes) goes to {@link Topics#DEAD_LETTERS} and the replica goes on: each graph
 * is checked before the transaction, and the batch's dead letters are acknowledged by the broker before
 * the store commits the positions past them, so a crash may send a dead letter twice, never lose one.
 * One thread of its own.
 */
public final class GraphReplica implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphReplica.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final DeadLetters deadLetters;
    private final WritePath writes = new WritePath();
    private final Store store;
    private final String servers;
    private final Thread thread;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong quads = new AtomicLong();
    private final AtomicLong lag = new AtomicLong(-1);
    private volatile Map<TopicPartition, Long> target = Map.of();
    private volatile boolean running = true;
    private volatile Throwable failure;

    private GraphReplica(String servers, Store store) {
        this.servers = servers;
        this.store = store;
        this.consumer = new KafkaConsumer<>(consumerProps(servers), new StringDeserializer(), new ByteArrayDeserializer());
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        this.producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
        this.deadLetters = new DeadLetters(producer, "replica");
        this.thread = new Thread(this::run, "graph-replica");
        thread.setDaemon(true);
    }

    /** Starts feeding {@code store} from the broker at {@code servers}; the topics are created when missing. */
    public static GraphReplica start(String servers, Store store) {
        GraphReplica replica = new GraphReplica(servers, store);
        replica.thread.start();
        return replica;
    }

    private static Properties consumerProps(String servers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return props;
    }

    private void run() {
        try {
            awaitTopics();
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.GRAPHS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<String, Long> positions = store.positions();
            for (TopicPartition tp : partitions) {
                Long next = positions.get(name(tp));
                if (next == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, next);
                }
            }
            target = consumer.endOffsets(partitions);
            LOG.info("replica of {} at {}: resuming from {}, catching up to {}", Topics.GRAPHS, servers, positions, target);
            checkCaughtUp();
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    apply(records);
                }
                checkCaughtUp();
            }
        } catch (WakeupException stopping) {
            // close() woke the poll up.
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("replica of {} at {} stopped: {}", Topics.GRAPHS, servers, e.toString(), e);
        } finally {
            consumer.close();
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** A broker that is down when the replica starts is asked again every few seconds, not given up on. */
    private void awaitTopics() {
        while (running) {
            try {
                Topics.ensure(servers, 6);
                return;
            } catch (LogUnavailable e) {
                LOG.warn("replica: {}; trying again in 5 s", e.getMessage());
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new WakeupException();
                }
            }
        }
        throw new WakeupException();
    }

    private void apply(ConsumerRecords<String, byte[]> records) {
        List<GraphChange> changes = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                changes.add(checked(record));
            } catch (MessageRefused e) {
                deadLetters.send(record, e.getMessage());
            }
        }
        Map<String, Long> reached = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            reached.put(name(tp), consumer.position(tp));
        }
        // The batch's dead letters are on the broker before the positions move past them: a crash
        // before the commit sends them again (at least once), none is lost.
        deadLetters.awaitSent();
        for (WriteResult result : store.apply(changes, reached)) {
            if (result.outcome() == WriteResult.Outcome.REFUSED) {
                // checked() refuses what the store would; should the two ever part, say so loudly.
                LOG.error("replica: {} was refused by the store after its checks: {}", result.graph(), result.problem().orElse(""));
            } else {
                applied.incrementAndGet();
                quads.addAndGet(result.triples());
            }
        }
    }

    /**
     * The change a message asks for, checked as the store will check it: a graph of this store's base,
     * conforming to the shapes, its decimals canonical.
     *
     * @throws MessageRefused when it is unusable or refused
     */
    private GraphChange checked(ConsumerRecord<String, byte[]> record) {
        GraphChange change = GraphMessages.decode(record.key(), format(record), record.value());
        if (!change.graphIri().startsWith(store.base())) {
            throw new MessageRefused("the graph " + change.graphIri() + " is not under this replica's base " + store.base()
                    + "; workers and replicas need the same base");
        }
        if (change.graph().isEmpty()) {
            return change;
        }
        WritePath.Prepared prepared = writes.prepare(change.graphIri(), change.graph().get());
        if (prepared.refusal().isPresent()) {
            throw new MessageRefused("refused by the shapes: " + prepared.refusal().get().problem().orElse(""));
        }
        return GraphChange.replace(change.graphIri(), prepared.graph());
    }

    private static Optional<String> format(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(GraphMessages.FORMAT);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    private void checkCaughtUp() {
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : target.entrySet()) {
            behind += Math.max(0, end.getValue() - consumer.position(end.getKey()));
        }
        long current = 0;
        for (TopicPartition tp : consumer.assignment()) {
            current += consumer.currentLag(tp).orElse(0);
        }
        // The lag first: whoever sees the replica caught up must not read the lag of a poll before.
        lag.set(behind == 0 || caughtUp.getCount() == 0 ? current : Math.max(current, behind));
        if (behind == 0) {
            caughtUp.countDown();
        }
    }

    /** The store's name of a partition's position. */
    static String name(TopicPartition tp) {
        return tp.topic() + "-" + tp.partition();
    }

    /** Whether the replica has applied the topic up to its end as it was at start. */
    public boolean caughtUp() {
        return caughtUp.getCount() == 0;
    }

    /** Waits until {@link #caughtUp()}; whether it did within {@code timeout}. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Messages on the topic not yet applied, as of the last poll; -1 before the first. */
    public long lag() {
        return lag.get();
    }

    /** Graphs replaced or deleted since start (unchanged ones included: they were applied). */
    public long applied() {
        return applied.get();
    }

    /** Triples of the graphs applied since start. */
    public long quads() {
        return quads.get();
    }

    /** Messages set aside as dead letters since start. */
    public long deadLetters() {
        return deadLetters.count();
    }

    /** Why the replica stopped, if it stopped by itself (the broker gone for good, the store failing). */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** The broker this replica reads. */
    public String servers() {
        return servers;
    }

    /** Stops consuming and waits for the apply under way; the store stays open (it is the caller's). */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
