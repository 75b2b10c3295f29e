package org.newsgraph.core.log;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The topics of the distributed mode, and their creation.
 * <pre>
 *   Topics.ensure("localhost:9092", 6);   // creates what is missing; leaves existing topics alone
 * </pre>
 * <ul>
 * <li>{@link #POSTS}: each post read, keyed by its story's slug, so a story's posts stay in order
 *     in one partition. Kept for ever: a worker that takes over a partition rebuilds its stories from it.</li>
 * <li>{@link #GRAPHS}: each post's graph, keyed by the graph's IRI; a tombstone (no value) deletes it.
 *     Compacted, so the latest graph of every post stays and a new replica rebuilds the store from it alone.</li>
 * <li>{@link #SLUGS}: the workers' claims of entity slugs, in one partition so that all claims have one
 *     order (see {@link SlugClaims}). Compacted, so no claim is ever deleted for its age.</li>
 * <li>{@link #DEAD_LETTERS}: messages a worker or replica could not use, with why, where from, and the original bytes.</li>
 * </ul>
 */
public final class Topics {
    /** Posts read, keyed by story. */
    public static final String POSTS = "newsgraph.posts";
    /** Post graphs, keyed by graph IRI; compacted. */
    public static final String GRAPHS = "newsgraph.graphs";
    /** Claims of entity slugs; one partition, compacted. */
    public static final String SLUGS = "newsgraph.slugs";
    /** Messages that could not be used. */
    public static final String DEAD_LETTERS = "newsgraph.dead-letters";

    private Topics() {}

    /**
     * Creates the topics where they are missing: posts and graphs with {@code partitions} partitions each,
     * slugs and dead letters with one; replication 1 below 3 brokers.
     */
    public static void ensure(String bootstrapServers, int partitions) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(props)) {
            int brokers = admin.describeCluster().nodes().get().size();
            short replication = (short) Math.min(3, brokers);
            List<NewTopic> topics = List.of(
                    new NewTopic(POSTS, partitions, replication).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                    new NewTopic(GRAPHS, partitions, replication).configs(Map.of(
                            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                            // A tombstone stays a day, so that a replica that is down for less still sees the delete.
                            TopicConfig.DELETE_RETENTION_MS_CONFIG, "86400000")),
                    new NewTopic(SLUGS, 1, replication).configs(Map.of(
                            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                    new NewTopic(DEAD_LETTERS, 1, replication));
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new LogUnavailable(bootstrapServers + ": cannot create " + topic.name() + " (" + e.getCause() + ")", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogUnavailable(bootstrapServers + ": interrupted while creating the topics", e);
        } catch (ExecutionException e) {
            throw new LogUnavailable(bootstrapServers + ": cannot reach the broker (" + e.getCause() + ")", e);
        }
    }
}
