package org.newsgraph.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * own, over the sample pages (and the seed page when {@code ../shared} has it). Workers and replicas
 * are killed with SIGKILL at random moments and restarted; the replicas must end holding exactly the
 * quads a single-process {@code ingest --store} of the same pages holds. Then a tombstone deletes a
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
        Process publish = start("publish", "-Xmx512m", concat(List.of("publish", "--to", servers, "--year", "2025"), pages));
        assertEquals(0, publish.waitFor(), () -> log("publish"));

        // Faults while the workers extract: SIGKILL, then the same command again.
        for (int round = 1; round <= 2; round++) {
            Thread.sleep(5_000 + random.nextInt(25_000));
            w1.destroyForcibly().waitFor();
            w1 = start("w1", "-Xmx3g", List.of("extract", "--from", servers, "--id", "w1"));
            Thread.sleep(random.nextInt(5_000));
            r1.destroyForcibly().waitFor();
            r1 = replica("r1", servers);
        }
        assertTrue(reference.waitFor(15, TimeUnit.MINUTES), "the single-process ingest ended");
        awaitWorkersDone(servers, Duration.ofMinutes(15));
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

    private static final String LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";
    /** A label line: {@code <graph> <entity> rdfs:label "..." .} (the graph comes first). */
    private static final Pattern ENTITY = Pattern.compile("<[^>]+> <(" + Pattern.quote(BASE) + "id/(person|organisation|country|place)/[^>]+)> "
            + Pattern.quote(LABEL) + " (\".*\") \\.");

    /**
     * The replica's quads are the single-process store's, but for the IRIs of names that share a slug:
     * the store's registry numbers them in order of arrival ("Tromsø" {@code tromso}, then "Tromso"
     * {@code tromso-2}), the workers give the name spelled as its slug the plain one and the other 8 hex
     * digits ({@code tromso}, {@code tromso-8ed7db5b}). Each entity of the replica is mapped to the
     * store's entity of the same kind and label, one to one, only where one side's IRI is such a
     * numbered or hashed slug; then, the IRIs renamed in one pass, every quad must be equal.
     */
    private static void assertSameQuads(TreeSet<String> expected, TreeSet<String> replica, String who) {
        Map<String, String> byKey = new TreeMap<>();
        entities(expected).forEach((iri, key) -> assertEquals(null, byKey.put(key, iri), who + ": two entities are " + key));
        Map<String, String> renames = new TreeMap<>();
        entities(replica).forEach((iri, key) -> {
            String there = byKey.get(key);
            assertTrue(there != null, who + ": " + iri + " " + key + " is not in the single-process store");
            if (!there.equals(iri)) {
                assertTrue(iri.matches(".*-[0-9a-f]{8}") || there.matches(".*-\\d+"),
                        who + ": " + iri + " is " + there + " there, not a shared slug");
                renames.put(iri, there);
            }
        });
        assertEquals(renames.size(), Set.copyOf(renames.values()).size(), who + ": renames are one to one: " + renames);
        TreeSet<String> actual = new TreeSet<>();
        for (String line : replica) {
            actual.add(IRI.matcher(line).replaceAll(m -> Matcher.quoteReplacement("<" + renamed(m.group(1), renames) + ">")));
        }
        System.out.println("DistributedIT: " + who + ": " + replica.size() + " quads; IRIs of shared slugs: " + renames);
        if (!expected.equals(actual)) {
            TreeSet<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            TreeSet<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            throw new AssertionError(who + " differs from the single-process store: " + expected.size() + " quads there, "
                    + actual.size() + " here; " + missing.size() + " missing, such as\n  "
                    + missing.stream().limit(12).collect(Collectors.joining("\n  ")) + "\n" + extra.size() + " more, such as\n  "
                    + extra.stream().limit(12).collect(Collectors.joining("\n  ")));
        }
    }

    private static final Pattern IRI = Pattern.compile("<([^>]*)>");

    /** The IRI an entity's IRI, or a role IRI that holds its path ({@code id/role/place/x/title}), is renamed to. */
    private static String renamed(String iri, Map<String, String> renames) {
        String to = renames.get(iri);
        if (to != null) {
            return to;
        }
        String roles = BASE + "id/role/";
        if (iri.startsWith(roles)) {
            for (Map.Entry<String, String> r : renames.entrySet()) {
                String from = roles + r.getKey().substring((BASE + "id/").length()) + "/";
                if (iri.startsWith(from)) {
                    return roles + r.getValue().substring((BASE + "id/").length()) + "/" + iri.substring(from.length());
                }
            }
        }
        return iri;
    }

    /** Entity IRI to "kind label", from the quads' rdfs:label lines. */
    private static Map<String, String> entities(TreeSet<String> quads) {
        Map<String, String> found = new TreeMap<>();
        for (String line : quads) {
            Matcher m = ENTITY.matcher(line);
            if (m.matches()) {
                found.put(m.group(1), m.group(2) + " " + m.group(3));
            }
        }
        return found;
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
