package org.newsgraph.core.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where messages a worker or a replica cannot use go, with why: {@link Topics#DEAD_LETTERS}, the
 * original key and value, and headers {@code reason}, {@code source-topic}, {@code source-partition},
 * {@code source-offset}; also logged with the key and offset, and counted.
 * <pre>
 *   DeadLetters dead = new DeadLetters(producer, "replica");
 *   dead.send(record, "unknown format text/turtle");   // never throws for a bad message
 * </pre>
 * The sender is the caller's: a worker's transactional producer puts the dead letter in the same
 * transaction as its offsets; a replica waits for {@link #awaitSent} before its store commits the
 * positions past them. Not thread-safe.
 */
public final class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final Producer<String, byte[]> producer;
    private final String who;
    private final AtomicLong count = new AtomicLong();
    private final List<Future<RecordMetadata>> unacknowledged = new ArrayList<>();

    /** Dead letters sent with {@code producer}, their log lines naming {@code who} set them aside. */
    public DeadLetters(Producer<String, byte[]> producer, String who) {
        this.producer = producer;
        this.who = who;
    }

    /** Sets {@code record} aside, saying why. */
    public void send(ConsumerRecord<String, byte[]> record, String reason) {
        count.incrementAndGet();
        LOG.warn("{}: dead letter {}-{} offset {} key {}: {}", who, record.topic(), record.partition(), record.offset(),
                record.key(), reason);
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.DEAD_LETTERS, record.key(), record.value());
        Headers headers = letter.headers();
        record.headers().forEach(h -> headers.add("original-" + h.key(), h.value()));
        headers.add("reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("set-aside-by", who.getBytes(StandardCharsets.UTF_8));
        headers.add("source-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("source-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("source-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        unacknowledged.add(producer.send(letter));
    }

    /** Returns once the broker has acknowledged every dead letter sent so far. */
    public void awaitSent() {
        producer.flush();
        try {
            for (Future<RecordMetadata> sent : unacknowledged) {
                sent.get();
            }
        } catch (ExecutionException e) {
            throw new LogUnavailable(who + ": a dead letter was not taken (" + e.getCause() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogUnavailable(who + ": interrupted while sending dead letters", e);
        } finally {
            unacknowledged.clear();
        }
    }

    /** How many were set aside since this was made. */
    public long count() {
        return count.get();
    }
}
