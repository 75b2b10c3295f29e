package org.newsgraph.ingest.kafka;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.log.LogUnavailable;
import org.newsgraph.core.log.PostMessage;
import org.newsgraph.core.log.Topics;

/**
 * Puts the posts a reader read on {@link Topics#POSTS}, keyed by story, each stamped with the time it
 * was read (of two versions of a post, the later read wins).
 * <pre>
 *   try (PostPublisher publisher = PostPublisher.connect("localhost:9092")) {
 *       publisher.publish(reader.read(page).posts());   // returns once the broker has them all
 *   }
 * </pre>
 * Idempotent and acknowledged by every in-sync replica: a post published is kept, once.
 */
public final class PostPublisher implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final String servers;

    private PostPublisher(String servers) {
        this.servers = servers;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** A publisher to the broker at {@code servers}; the topics are created when missing. */
    public static PostPublisher connect(String servers) {
        Topics.ensure(servers, 6);
        return new PostPublisher(servers);
    }

    /** Publishes the posts as read now, in order; returns once the broker acknowledged them all. */
    public int publish(List<Post> posts) {
        return publish(posts, Instant.now());
    }

    /** Publishes the posts as read at {@code readAt}. */
    public int publish(List<Post> posts, Instant readAt) {
        List<Future<RecordMetadata>> sent = posts.stream().map(post -> {
            PostMessage message = new PostMessage(post, readAt);
            return producer.send(new ProducerRecord<>(Topics.POSTS, message.key(), message.encode()));
        }).toList();
        try {
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new LogUnavailable(servers + ": the broker did not take the posts (" + e.getCause() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogUnavailable(servers + ": interrupted while publishing", e);
        }
        return posts.size();
    }

    @Override
    public void close() {
        producer.close();
    }
}
