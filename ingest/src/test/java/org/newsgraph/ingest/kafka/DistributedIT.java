package org.newsgraph.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.log.KafkaBroker;
import org.newsgraph.core.log.LogFixtures;
import org.newsgraph.core.log.Topics;

/**
 * The distributed mode end to end, as the README runs it: a real broker, the packaged CLI
 * ({@code target/newsgraph.jar}) as two extraction workers and two replicas, each a process of its
 * own, over the sample pages (and the seed page when {@code ../shared} has it), published one after
 * another. Workers and replicas are killed with SIGKILL at random moments and restarted; the replicas
 * must end holding exactly the quads (IRIs included) a single-process {@code ingest --store} of the
 * same pages holds. Then a tombstone deletes a
 * graph on both, and a replica from an empty folder rebuilds the same store from the compacted topic.
 * Takes a few minutes: every worker start loads CoreNLP (about 30 s, more on a busy machine).
 */
class DistributedIT {
    private static final Path JAR = Path.of("target", "newsgraph.jar");
    private static final String BASE = "http://localhost:8080/";

    @TempDir
    Path folder;
    private final List<Process> started = new ArrayList<>();
    private KafkaBroker broker;

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void workersAndReplicasKilledAtRandomStillConvergeOnTheSingleProcessStore() throws Exception {
        List<String> pages = pages();
        broker = KafkaBroker.start(folder.resolve("broker"));
        String servers = broker.bootstrapServers();
        Random random = new Random(Long.getLong("newsgraph.faults.seed", System.nanoTime()));

        Process reference = start("reference", "-Xmx3g", concat(List.of("ingest", "--store", folder.resolve("reference").toString(), "--year", "2025"), pages));
        Process w1 = start("w1", "-Xmx3g", List.of("extract", "--from", servers, "--id", "w1"));
        Process w2 = start("w2", "-Xmx3g", List.of("extract", "--from", servers, "--id", "w2"));
        Process r1 = replica("r1", servers);
        Process r2 = replica("r2", servers);
        // One page after another, each extracted before the next is published: the order a single-process
        // ingest takes them in, which is the order namesakes claim their slugs in (Tromsø, then Tromso).
        // Faults on two pages: SIGKILL at a random moment of its extraction, then the same command again.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        Set<Integer> faulty = Set.copyOf(order.subList(0, Math.min(2, order.size())));
        for (int i = 0; i < pages.size(); i++) {
            Process publish = start("publish", "-Xmx512m", List.of("publish", "--to", servers, "--year", "2025", pages.get(i)));
            assertEquals(0, publish.waitFor(), () -> log("publish"));
            if (faulty.contains(i)) {
                Thread.sleep(random.nextInt(20_000));
                w1.destroyForcibly().waitFor();
                w1 = start("w1", "-Xmx3g", List.of("extract", "--from", servers, "--id", "w1"));
                Thread.sleep(random.nextInt(5_000));
                r1.destroyForcibly().waitFor();
                r1 = replica("r1", servers);
            }
            awaitWorkersDone(servers, Duration.ofMinutes(15));
        }
        assertTrue(reference.waitFor(15, TimeUnit.MINUTES), "the single-process ingest ended");
        // Kill the replicas wherever they are, and let each catch up to the topic's end.
        r1.destroyForcibly().waitFor();
        r2.destroyForcibly().waitFor();
        catchUp("r1", servers);
        catchUp("r2", servers);

        TreeSet<String> expected = quads(folder.resolve("reference"));
        assertFalse(expected.isEmpty());
        assertSameQuads(expected, quads(folder.resolve("r1")), "replica 1");
        assertSameQuads(expected, quads(folder.resolve("r2")), "replica 2");

        // A tombstone deletes a post's graph on every replica.
        String gone = expected.first().substring(1, expected.first().indexOf('>'));
        try (KafkaProducer<String, byte[]> producer = LogFixtures.producer(servers)) {
            producer.send(new ProducerRecord<>(Topics.GRAPHS, gone, null)).get();
        }
        catchUp("r1", servers);
        catchUp("r2", servers);
        TreeSet<String> left = expected.stream().filter(q -> !q.startsWith("<" + gone + "> "))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(left.size() < expected.size());
        assertSameQuads(left, quads(folder.resolve("r1")), "replica 1 after the tombstone");
        assertSameQuads(left, quads(folder.resolve("r2")), "replica 2 after the tombstone");

        // A new replica from an empty folder rebuilds the whole store from the topic alone.
        catchUp("r3", servers);
        assertSameQuads(left, quads(folder.resolve("r3")), "a new replica");
    }

    /** The replica holds exactly the single-process store's quads: the same IRIs included. */
    private static void assertSameQuads(TreeSet<String> expected, TreeSet<String> replica, String who) {
        System.out.println("DistributedIT: " + who + ": " + replica.size() + " quads");
        if (!expected.equals(replica)) {
            TreeSet<String> missing = new TreeSet<>(expected);
            missing.removeAll(replica);
            TreeSet<String> extra = new TreeSet<>(replica);
            extra.removeAll(expected);
            throw new AssertionError(who + " differs from the single-process store: " + expected.size() + " quads there, "
                    + replica.size() + " here; " + missing.size() + " missing, such as\n  "
                    + missing.stream().limit(12).collect(Collectors.joining("\n  ")) + "\n" + extra.size() + " more, such as\n  "
                    + extra.stream().limit(12).collect(Collectors.joining("\n  ")));
        }
    }

    /** The sample pages, and the seed page when the shared folder has it. */
    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>();
        Path seed = Path.of(System.getProperty("newsgraph.shared", "../../shared")).resolve("seeds/000_c97fd6970134bff4.txt");
        if (Files.isRegularFile(seed)) {
            pages.add(seed.toString());
        } else {
            System.err.println("DistributedIT: no seed page at " + seed.toAbsolutePath() + "; the samples only");
        }
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            samples.sorted().forEach(p -> pages.add(p.toString()));
        }
        return pages;
    }

    /** Waits until the workers' group has committed every post on the topic. */
    private static void awaitWorkersDone(String servers, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ExtractionWorker.GROUP)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> ask = admin.describeTopics(List.of(Topics.POSTS)).allTopicNames().get()
                        .get(Topics.POSTS).partitions().stream()
                        .collect(Collectors.toMap(p -> new TopicPartition(Topics.POSTS, p.partition()), p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(ask).all().get();
                boolean done = ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                        || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset()));
                if (done) {
                    return;
                }
                assertTrue(System.nanoTime() < deadline, "the workers did not finish within " + timeout);
                Thread.sleep(1_000);
            }
        }
    }

    private Process replica(String name, String servers) throws IOException {
        return start(name, "-Xmx1g", List.of("replicate", "--from", servers, "--store", folder.resolve(name).toString()));
    }

    private void catchUp(String name, String servers) throws Exception {
        Process p = start(name + "-catch-up", "-Xmx1g", List.of("replicate", "--from", servers, "--store",
                folder.resolve(name).toString(), "--until-caught-up"));
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + " caught up");
        assertEquals(0, p.exitValue(), () -> log(name + "-catch-up"));
    }

    private static TreeSet<String> quads(Path tdb2) {
        try (Store store = Store.open(tdb2, BASE)) {
            return LogFixtures.sortedQuads(store);
        }
    }

    private Process start(String name, String heap, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-jar", JAR.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve(name + ".log").toFile())).start();
        started.add(process);
        return process;
    }

    private String log(String name) {
        try {
            return Files.readString(folder.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
