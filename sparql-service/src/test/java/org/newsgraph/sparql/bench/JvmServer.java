package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java SPARQL server (Fuseki, newsgraph) in a process of its own. It is ready once its
 * endpoint answers and, for newsgraph with the union in memory, once its metrics show the union
 * copied (or its log says the union stays on the files).
 */
final class JvmServer implements RunningServer {
    private static final Pattern MEMORY_TRIPLES = Pattern.compile("(?m)^newsgraph_memory_layer_triples ([0-9.E+]+)$");
    private static final Pattern MEMORY_BYTES = Pattern.compile("(?m)^newsgraph_memory_layer_bytes ([0-9.E+]+)$");
    /** What the service logs when the union stays on the files (too large, or the copy failed). */
    private static final String ON_FILES = "answered from the store's files";
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Duration COPY_PATIENCE = Duration.ofMinutes(30);

    private final ServerProcess process;
    private final Endpoint endpoint;
    private final double readySeconds;
    private final Optional<LiveWriter.Target> writes;
    private final Optional<URI> metrics;

    private JvmServer(ServerProcess process, Endpoint endpoint, double readySeconds, Optional<LiveWriter.Target> writes,
                      Optional<URI> metrics) {
        this.process = process;
        this.endpoint = endpoint;
        this.readySeconds = readySeconds;
        this.writes = writes;
        this.metrics = metrics;
    }

    static JvmServer start(Endpoint endpoint, List<String> command, Path log, Optional<LiveWriter.Target> writes,
                           Optional<URI> memoryMetrics) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ServerProcess process = ServerProcess.start(command, log, endpoint);
        try {
            if (memoryMetrics.isPresent()) {
                long triples = awaitMemoryLayer(memoryMetrics.get(), log);
                System.out.printf("%s: %s%n", endpoint.name(), triples > 0 ? String.format("%,d triples in memory", triples)
                        : "the union stays on the files (see " + log + ")");
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
        return new JvmServer(process, endpoint, (System.nanoTime() - start) / 1e9, writes, memoryMetrics);
    }

    /** Waits until the metrics show the union in memory (its triples) or the log says it stays on the files (0). */
    private static long awaitMemoryLayer(URI metrics, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + COPY_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher triples = MEMORY_TRIPLES.matcher(read(http, metrics));
            if (triples.find() && Double.parseDouble(triples.group(1)) > 0) {
                return (long) Double.parseDouble(triples.group(1));
            }
            if (Files.readString(log, StandardCharsets.UTF_8).contains(ON_FILES)) {
                return 0;
            }
            Thread.sleep(500);
        }
        throw new BenchmarkFailed(metrics + " did not report the union in memory within " + COPY_PATIENCE.toMinutes() + " minutes");
    }

    private static String read(HttpClient http, URI metrics) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public OptionalLong unionBytes() throws InterruptedException {
        if (metrics.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            Matcher bytes = MEMORY_BYTES.matcher(read(HttpClient.newHttpClient(), metrics.get()));
            return bytes.find() ? OptionalLong.of((long) Double.parseDouble(bytes.group(1))) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public double readySeconds() {
        return readySeconds;
    }

    @Override
    public Optional<LiveWriter.Target> writes() {
        return writes;
    }

    /** {@code jcmd PID GC.run}, then the heap's "used" from {@code GC.heap_info}. */
    @Override
    public OptionalLong heapAfterCollection() throws InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            run(List.of(jcmd, Long.toString(process.pid()), "GC.run"));
            Matcher used = HEAP_USED.matcher(run(List.of(jcmd, Long.toString(process.pid()), "GC.heap_info")));
            return used.find() ? OptionalLong.of(Long.parseLong(used.group(1)) * 1024) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
