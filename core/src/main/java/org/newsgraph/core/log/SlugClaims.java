package org.newsgraph.core.log;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsgraph.core.iri.SlugRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slug registry of the extraction workers, shared through {@link Topics#SLUGS}: its one partition
 * gives every claim of every worker one order, and the n-th distinct identity to claim a slug in that
 * order owns {@code wanted-n} ({@code wanted} for the first), as the store's registry numbers them in a
 * single process. So a worker mints what a single-process ingest of the same posts in the same order mints.
 * <pre>
 *   try (SlugClaims claims = SlugClaims.connect("localhost:9092", "w1")) {
 *       IriMinter iris = new IriMinter(base, claims);   // id/person/ana-lopes, then id/person/ana-lopes-2
 *   }
 * </pre>
 * An identity this registry has not read yet is first looked for up to the topic's end; when still
 * missing it is appended, and the topic read up to and past that record: claims of other workers that
 * landed before it come first. Two workers may both append the same identity; its first record counts.
 * Each record's key is its own (slot, identity, claimant, number), so compaction never drops one and the
 * order of first records never changes: a slug, once read, is owned for ever. Everything read is cached.
 * Claims are made outside a worker's transaction: a claim of a batch that is aborted stays, and the
 * batch done again finds it. Not thread-safe: one worker's loop uses it.
 */
public final class SlugClaims implements SlugRegistry, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlugClaims.class);
    private static final TopicPartition PARTITION = new TopicPartition(Topics.SLUGS, 0);
    private static final Duration POLL = Duration.ofMillis(200);
    /** How long a claim may wait for the broker before the worker gives up (and is restarted). */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String servers;
    private final String claimant;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    /** Owners of each slot ("person/ana-lopes"), in the order of their first claims. */
    private final Map<String, List<String>> owners = new HashMap<>();
    private long appended;

    private SlugClaims(String servers, String claimant) {
        this.servers = servers;
        this.claimant = claimant + "-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.assign(List.of(PARTITION));
        consumer.seekToBeginning(List.of(PARTITION));
    }

    /**
     * The registry of the broker at {@code servers}, every claim made so far read; {@code claimant}
     * names the worker in the records' keys. The topics are created when missing.
     */
    public static SlugClaims connect(String servers, String claimant) {
        Topics.ensure(servers, 6);
        SlugClaims claims = new SlugClaims(servers, claimant);
        claims.readToEnd();
        LOG.info("{}: {} slugs claimed so far", claimant, claims.owners.size());
        return claims;
    }

    @Override
    public String claim(String folder, String wanted, String identity) {
        String slot = folder + "/" + wanted;
        if (!owns(slot, identity)) {
            readToEnd();
        }
        if (!owns(slot, identity)) {
            readPast(append(slot, identity));
        }
        return SlugRegistry.numbered(wanted, owners.get(slot).indexOf(identity));
    }

    private boolean owns(String slot, String identity) {
        return owners.getOrDefault(slot, List.of()).contains(identity);
    }

    /** Appends a claim; its offset, once every in-sync replica has it. */
    private long append(String slot, String identity) {
        String key = slot + "|" + identity + "|" + claimant + "|" + (++appended);
        byte[] value = (slot + "\n" + identity).getBytes(StandardCharsets.UTF_8);
        try {
            return producer.send(new ProducerRecord<>(Topics.SLUGS, 0, key, value)).get().offset();
        } catch (ExecutionException | KafkaException e) {
            throw new LogUnavailable(servers + ": the claim of " + slot + " was not taken (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogUnavailable(servers + ": interrupted while claiming " + slot, e);
        }
    }

    private void readToEnd() {
        long end = consumer.endOffsets(List.of(PARTITION), PATIENCE).get(PARTITION);
        readPast(end - 1);
    }

    /** Reads every claim up to and including the one at {@code offset}. */
    private void readPast(long offset) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (consumer.position(PARTITION, PATIENCE) <= offset) {
            if (System.nanoTime() > deadline) {
                throw new LogUnavailable(servers + ": " + Topics.SLUGS + " could not be read up to " + offset, null);
            }
            consumer.poll(POLL).forEach(this::read);
        }
    }

    private void read(ConsumerRecord<String, byte[]> record) {
        String text = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        if (newline < 0) {
            LOG.warn("{}: offset {} key {} is not a claim (slot, newline, identity); skipped", Topics.SLUGS, record.offset(), record.key());
            return;
        }
        List<String> ids = owners.computeIfAbsent(text.substring(0, newline), s -> new ArrayList<>());
        String identity = text.substring(newline + 1);
        if (!ids.contains(identity)) {
            ids.add(identity);
        }
    }

    @Override
    public void close() {
        consumer.close();
        producer.close(Duration.ofSeconds(5));
    }
}
