package org.newsgraph.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.NodeFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;
import org.newsgraph.ingest.kafka.ExtractionWorker;
import org.newsgraph.ingest.kafka.PostPublisher;
import org.newsgraph.ingest.read.LivePageFiles;
import org.newsgraph.ingest.read.PlainTextLivePageReader;
import org.newsgraph.ingest.read.ReadOptions;
import org.newsgraph.core.log.GraphReplica;
import org.newsgraph.core.log.KafkaBroker;
import org.newsgraph.core.log.Topics;

/**
 * The distributed mode measured: extraction throughput with 1 and 2 workers (processes of the packaged
 * CLI) on a generated corpus, a replica's apply rate into TDB2, and the latency from a post published
 * to its graph being in a replica's store, under a steady stream.
 * <pre>
 *   mvn -B -q -pl ingest -am package -DskipTests &amp;&amp; mvn -B -q -pl ingest -Pbench-distributed exec:exec [-Dposts=2000 -Drate=1 -Dseconds=60]
 * </pre>
 * Throughput counts from the first graph on the topic (the models loaded) to the last post committed.
 */
public final class DistributedBenchmark {
    private static final Path JAR = Path.of("target", "newsgraph.jar");

    private DistributedBenchmark() {}

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("posts", 2000);
        Path dir = Files.createDirectories(Path.of("target", "bench-distributed"));
        PathUtils.cleanDirectory(dir);
        List<Post> corpus = new ArrayList<>();
        PlainTextLivePageReader reader = new PlainTextLivePageReader();
        for (Path page : new LivePageGenerator(7).write(dir.resolve("pages"), Math.max(1, posts / 20), 20)) {
            corpus.addAll(reader.read(LivePageFiles.source(page, ReadOptions.none())).posts());
        }
        System.out.printf("cores: %d; corpus: %d posts in %d stories%n", Runtime.getRuntime().availableProcessors(),
                corpus.size(), corpus.stream().map(p -> p.story().slug()).distinct().count());
        throughput(corpus, 1, dir.resolve("one"));
        throughput(corpus, 2, dir.resolve("two"));
    }

    /** N workers over the whole corpus on a fresh broker; with 2, then the replica and the latency. */
    private static void throughput(List<Post> corpus, int workers, Path dir) throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("broker"))) {
            String servers = broker.bootstrapServers();
            try (PostPublisher publisher = PostPublisher.connect(servers)) {
                publisher.publish(corpus);
            }
            List<Process> started = new ArrayList<>();
            for (int i = 1; i <= workers; i++) {
                started.add(new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx3g", "-jar", JAR.toString(), "extract", "--from", servers, "--id", "b" + i))
                        .redirectErrorStream(true).redirectOutput(dir.resolve("worker-" + i + ".log").toFile()).start());
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
                long start = System.nanoTime();
                while (end(admin, Topics.GRAPHS) == 0) {
                    Thread.sleep(100);
                }
                long first = System.nanoTime();
                long done = committed(admin);
                while (done < corpus.size()) {
                    Thread.sleep(250);
                    done = committed(admin);
                }
                double seconds = (System.nanoTime() - first) / 1e9;
                System.out.printf("%d worker(s): models loaded after %.1f s; %d posts in %.1f s: %.1f posts/s together, %.1f each%n",
                        workers, (first - start) / 1e9, corpus.size(), seconds, corpus.size() / seconds, corpus.size() / seconds / workers);
            }
            if (workers == 2) {
                replicaAndLatency(servers, dir);
            }
            started.forEach(Process::destroy);
            for (Process p : started) {
                p.waitFor();
            }
        }
    }

    private static void replicaAndLatency(String servers, Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("replica"), IriMinter.DEFAULT_BASE)) {
            long start = System.nanoTime();
            try (GraphReplica replica = GraphReplica.start(servers, store)) {
                replica.awaitCaughtUp(Duration.ofHours(1));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("replica apply: %d graphs, %d quads in %.1f s: %.0f graphs/s, %.0f quads/s%n",
                        replica.applied(), replica.quads(), seconds, replica.applied() / seconds, replica.quads() / seconds);
                latency(servers, store);
            }
        }
    }

    /** Publishes one post each 1/rate s to 10 stories, and waits for each in the replica's store. */
    private static void latency(String servers, Store store) throws Exception {
        double rate = Double.parseDouble(System.getProperty("rate", "1"));
        int seconds = Integer.getInteger("seconds", 60);
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE, SlugRegistry.inMemory());
        List<Post> source = new ArrayList<>();
        new LivePageGenerator(11).write(Files.createTempDirectory("latency-pages"), 5, 20).forEach(page -> {
            try {
                source.addAll(new PlainTextLivePageReader().read(LivePageFiles.source(page, ReadOptions.none())).posts());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Map<String, Long> published = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        int count = (int) (rate * seconds);
        try (PostPublisher publisher = PostPublisher.connect(servers)) {
            long next = System.nanoTime();
            for (int i = 0; i < count || !published.isEmpty(); i++) {
                if (i < count) {
                    Post s = source.get(i % source.size());
                    Story story = new Story("latency-" + (i % 10), "Latency " + (i % 10), Optional.empty());
                    Post post = new Post(story, "p" + i, i / 10 + 1, s.headline(), s.body(), s.publishedAt(), s.authors(),
                            s.breaking(), s.images(), s.line());
                    published.put(iris.graph(post), System.nanoTime());
                    publisher.publish(List.of(post));
                    next += (long) (1e9 / rate);
                }
                while (System.nanoTime() < next || (i >= count && !published.isEmpty())) {
                    for (var e : List.copyOf(published.entrySet())) {
                        if (store.readNamedGraphs(dsg -> dsg.containsGraph(NodeFactory.createURI(e.getKey())))) {
                            latencies.add((System.nanoTime() - e.getValue()) / 1e6);
                            published.remove(e.getKey());
                        }
                    }
                    Thread.sleep(10);
                    if (i >= count && published.isEmpty()) {
                        break;
                    }
                }
            }
        }
        List<Double> sorted = latencies.stream().sorted().collect(Collectors.toList());
        System.out.printf("latency (publish to queryable on the replica), %d posts at %.1f/s: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                sorted.size(), rate, sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.get(sorted.size() - 1));
    }

    private static long end(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, OffsetSpec> ask = partitions.stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(ask).all().get().values().stream().mapToLong(i -> i.offset()).sum();
    }

    private static long committed(Admin admin) throws Exception {
        return admin.listConsumerGroupOffsets(ExtractionWorker.GROUP).partitionsToOffsetAndMetadata().get()
                .values().stream().mapToLong(o -> o == null ? 0 : o.offset()).sum();
    }
}
