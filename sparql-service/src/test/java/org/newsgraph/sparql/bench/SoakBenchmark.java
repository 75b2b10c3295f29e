package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.newsgraph.core.iri.IriMinter;

/**
 * The soak test: the packaged service in a JVM of its own, four readers running the analyst query
 * mix and one writer putting a post a second, for {@code -Dseconds} (default 600). Every 10 s it
 * samples the service's heap in use (from /q/metrics) and its open files (/proc/PID/fd), and
 * compares the least heap of the first and last thirds of the run; every minute it also counts the
 * service's live set after a full collection (a class histogram), which is what grows
 * when memory leaks (the troughs of a G1 heap move as it pleases). It fails on any failed query
 * or write, or when open files grew by more than half. Prints the samples and a summary line.
 * <pre>
 *   mvn -B -pl sparql-service -am -Psoak -DskipTests verify [-Dseconds=600 -Dposts=2000]
 * </pre>
 */
public final class SoakBenchmark {
    private static final String BASE = IriMinter.DEFAULT_BASE;
    private static final String TOKEN = "soak-writer";
    private static final Duration SAMPLE = Duration.ofSeconds(10);
    /** Every how many samples the live heap is measured after a full collection. */
    private static final int LIVE_EVERY = 6;

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("posts", 2000);
        Duration length = Duration.ofSeconds(Long.getLong("seconds", 600));
        Path jar = Path.of(System.getProperty("serviceJar", "target/quarkus-app/quarkus-run.jar"));
        PrintStream out = System.out;
        if (!Files.isRegularFile(jar)) {
            throw new BenchmarkFailed(jar.toAbsolutePath() + " is missing; build it with mvn -B -pl sparql-service -am package -DskipTests");
        }
        Path folder = Files.createTempDirectory("newsgraph-soak-");
        try {
            Corpus corpus = new Corpus(posts / 20, 20, 42);
            BenchDataset data = BenchDataset.prepare(folder, corpus, Set.of(DataCopy.NEWSGRAPH),
                    new DataCopy.Context(BASE, new VirtuosoScript(Path.of("virtuoso.sh"), 1, Path.of("target/soak/virtuoso.log"))), out);
            int port = ServerProcess.freePort();
            URI root = URI.create("http://127.0.0.1:" + port + "/");
            Endpoint endpoint = Endpoint.of("newsgraph", root.resolve("sparql"), Duration.ofMinutes(2));
            try (ServerProcess server = ServerProcess.start(List.of(ServerProcess.java(), "-Xmx1g",
                    "-Dnewsgraph.store=" + data.folder(DataCopy.NEWSGRAPH), "-Dnewsgraph.base=" + BASE, "-Dquarkus.http.port=" + port,
                    "-Dnewsgraph.write-token=" + TOKEN, "-Dnewsgraph.client-queries=8", "-jar", jar.toString()),
                    Path.of("target/soak/service.log"), endpoint);
                 LiveWriter writer = LiveWriter.start(LiveWriter.posts(BASE, corpus, 600),
                         new LiveWriter.Target(root.resolve("data"), Optional.of("Bearer " + TOKEN)), Duration.ofSeconds(1))) {
                CompletableFuture<Tally> readers = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new MixClients(data.mix(), 42, 4).run(endpoint, Duration.ZERO, length);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new BenchmarkFailed("interrupted", e);
                    }
                });
                List<long[]> samples = new ArrayList<>();
                List<Long> live = new ArrayList<>();
                HttpClient http = HttpClient.newHttpClient();
                while (!readers.isDone()) {
                    Thread.sleep(SAMPLE.toMillis());
                    long[] sample = {heapUsed(http, root), openFiles(server.pid())};
                    samples.add(sample);
                    out.printf("t=%4ds heap used %,d bytes, open files %d, posts written %d%n",
                            samples.size() * SAMPLE.toSeconds(), sample[0], sample[1], writer.written());
                    if (samples.size() % LIVE_EVERY == 0) {
                        live.add(liveHeap(server.pid()));
                        out.printf("t=%4ds live heap after a full collection %,d bytes%n",
                                samples.size() * SAMPLE.toSeconds(), live.get(live.size() - 1));
                    }
                }
                Tally tally = readers.get();
                long firstFiles = samples.get(0)[1];
                long lastFiles = samples.get(samples.size() - 1)[1];
                out.printf("soak: %ds, 4 readers: %,d queries answered, %d failed; 1 writer: %d posts, %d failed;"
                                + " least heap used, first third %,d bytes, last third %,d; live heap after a full collection"
                                + " %,d -> %,d bytes; open files %d -> %d%n", length.toSeconds(),
                        tally.allTimes().count(), tally.allFailures(), writer.written(), writer.failures().size(),
                        trough(samples, 0), trough(samples, 2), live.isEmpty() ? 0 : live.get(0),
                        live.isEmpty() ? 0 : live.get(live.size() - 1), firstFiles, lastFiles);
                if (tally.allFailures() > 0 || !writer.failures().isEmpty() || lastFiles > firstFiles * 3 / 2) {
                    throw new BenchmarkFailed("the soak failed: " + tally.firstFailure().orElse("")
                            + writer.failures().stream().findFirst().orElse(""));
                }
            }
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    /** The service's heap in use now: the sum of its heap pools' jvm_memory_used_bytes. */
    private static long heapUsed(HttpClient http, URI root) throws IOException, InterruptedException {
        String metrics = http.send(HttpRequest.newBuilder(root.resolve("q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return (long) metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /**
     * The live set: the bytes of all objects reachable in the service, counted by a class histogram
     * ({@code jcmd PID GC.class_histogram} collects in full first, then counts what survived).
     */
    private static long liveHeap(long pid) throws IOException, InterruptedException {
        Process histogram = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        List<String> lines = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (histogram.waitFor() != 0 || lines.isEmpty() || !lines.get(lines.size() - 1).trim().startsWith("Total")) {
            throw new BenchmarkFailed("jcmd " + pid + " GC.class_histogram failed: " + String.join("\n", lines));
        }
        String[] total = lines.get(lines.size() - 1).trim().split("\\s+");
        return Long.parseLong(total[total.length - 1]);
    }

    /** The least heap in use among a third of the samples: its troughs, after collections, are what grows when memory leaks. */
    private static long trough(List<long[]> samples, int third) {
        int size = Math.max(1, samples.size() / 3);
        return samples.subList(Math.min(third * size, samples.size() - 1), Math.min((third + 1) * size, samples.size()))
                .stream().mapToLong(sample -> sample[0]).min().orElse(0);
    }

    private static long openFiles(long pid) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.count();
        }
    }
}
