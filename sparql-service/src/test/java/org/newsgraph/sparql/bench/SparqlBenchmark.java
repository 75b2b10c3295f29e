package org.newsgraph.sparql.bench;

import org.apache.commons.io.file.PathUtils;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.iri.IriMinter;

/**
 * newsgraph's service against Fuseki 5.6.0 on the same generated data and the same analyst
 * queries: each server in its own JVM with the same heap, one after the other, asked by the
 * same concurrent clients for the same time. Prints queries/s and p50/p95/p99 per server and
 * query kind, and their ratio; writes the table to {@code target/bench-sparql.md}.
 * <pre>
 *   mvn -B -pl sparql-service -am -Pbench-sparql -DskipTests verify [-Dposts=20000] [-Dseconds=60]
 * </pre>
 * Before measuring, each server answers a few queries of every kind and must find the same
 * number of rows as the other (and some rows): a server that answered differently would be
 * measured doing something else.
 */
public final class SparqlBenchmark {
    private static final String BASE = IriMinter.DEFAULT_BASE;
    private static final String FUSEKI_MAIN = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    private static final String LOG_MANAGER = "org.jboss.logmanager.LogManager";
    private static final int CHECKS_PER_KIND = 3;
    /** Posts the live writer has to write, in turn (more than a run writes at one a second). */
    private static final int WRITTEN_POSTS = 200;
    private static final String WRITE_TOKEN = "bench-writer";
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(5);

    private final BenchSettings settings;
    private final PrintStream out;

    private SparqlBenchmark(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        try {
            new SparqlBenchmark(BenchSettings.fromSystemProperties(), System.out).run();
        } catch (BenchmarkFailed e) {
            System.err.println("bench-sparql failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException, InterruptedException {
        if (!Files.isRegularFile(settings.serviceJar())) {
            throw new BenchmarkFailed("newsgraph's service is not built: " + settings.serviceJar().toAbsolutePath()
                    + " is missing; build it with mvn -B -pl sparql-service -am package -DskipTests");
        }
        Path folder = Files.createTempDirectory("newsgraph-bench-sparql-");
        try {
            out.printf("generating %,d posts in %,d stories (seed %d) under %s%n", settings.posts(), settings.stories(),
                    settings.seed(), folder);
            BenchDataset data = BenchDataset.build(folder, BASE, settings.stories(), settings.postsPerStory(),
                    settings.seed(), out);
            List<QueryMix.BenchQuery> checks = checks(data.mix());
            List<LiveWriter.PostBody> live = settings.writes()
                    ? LiveWriter.posts(BASE, settings.seed(), settings.stories(), settings.postsPerStory(), WRITTEN_POSTS) : List.of();

            Path logs = settings.report().toAbsolutePath().getParent().resolve("bench-sparql");
            int fusekiPort = ServerProcess.freePort();
            ServerRun fuseki = measure(Endpoint.of("Fuseki 5.6.0", URI.create("http://127.0.0.1:" + fusekiPort + "/ds/sparql"),
                            CLIENT_TIMEOUT), data.mix(), checks, Optional.empty(),
                    new Writes(live, URI.create("http://127.0.0.1:" + fusekiPort + "/ds/data"), Optional.empty()),
                    List.of(ServerProcess.java(), "-Xmx" + settings.heap(), "-cp", System.getProperty("java.class.path"),
                            // The test classpath has no log4j2 core, which Fuseki would reconfigure
                            // unless told its configuration is external: it logs through SLF4J instead.
                            "-Dlog4j2.configurationFile=external", "-Djava.util.logging.manager=" + LOG_MANAGER,
                            FUSEKI_MAIN, "--port=" + fusekiPort, "--tdb2", "--update", "--loc=" + data.fusekiStore(),
                            "--set", "tdb:unionDefaultGraph=true", "/ds"),
                    logs.resolve("fuseki.log"), Optional.empty());
            // The merged layer on TDB2's files alone, then with the union in memory, then as configured by default.
            List<ServerRun> ours = new ArrayList<>();
            for (Variant variant : Variant.values()) {
                int ourPort = ServerProcess.freePort();
                URI root = URI.create("http://127.0.0.1:" + ourPort + "/");
                ours.add(measure(Endpoint.of(variant.label, root.resolve("sparql"), CLIENT_TIMEOUT),
                        data.mix(), checks, Optional.of(fuseki),
                        new Writes(live, root.resolve("data"), Optional.of("Bearer " + WRITE_TOKEN)),
                        List.of(ServerProcess.java(), "-Xmx" + settings.heap(), "-Dnewsgraph.store=" + data.newsgraphStore(),
                                "-Dnewsgraph.base=" + BASE, "-Dquarkus.http.port=" + ourPort,
                                "-Dnewsgraph.result-cache-size=" + variant.resultCache,
                                "-Dnewsgraph.memory-layer-triples=" + variant.memoryTriples,
                                "-Dnewsgraph.write-token=" + WRITE_TOKEN,
                                // The clients all come from one address: let them all in, as Fuseki does.
                                "-Dnewsgraph.client-queries=" + Math.max(4, settings.concurrency() * 2),
                                "-jar", settings.serviceJar().toString()),
                        logs.resolve(variant.log), variant.memoryTriples > 0 ? Optional.of(root.resolve("q/metrics")) : Optional.empty()));
            }

            out.println();
            out.print(BenchReport.text(fuseki));
            for (ServerRun run : ours) {
                out.print(BenchReport.text(run));
                out.printf("%s / Fuseki: %.2f× the queries per second%n", run.server(), BenchReport.ratio(run, fuseki));
            }
            Files.createDirectories(settings.report().toAbsolutePath().getParent());
            Files.writeString(settings.report(), BenchReport.markdown(settings, data, ours, fuseki));
            out.println("table: " + settings.report());
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    /** The newsgraph configurations measured, each against Fuseki. */
    private enum Variant {
        FILES("newsgraph (files, no result cache)", "0", 0, "newsgraph-files.log"),
        MEMORY("newsgraph (no result cache)", "0", 2_000_000, "newsgraph-no-cache.log"),
        DEFAULT("newsgraph", "64M", 2_000_000, "newsgraph.log");

        final String label;
        final String resultCache;
        final long memoryTriples;
        final String log;

        Variant(String label, String resultCache, long memoryTriples, String log) {
            this.label = label;
            this.resultCache = resultCache;
            this.memoryTriples = memoryTriples;
            this.log = log;
        }
    }

    private static final Pattern MEMORY_TRIPLES = Pattern.compile("(?m)^newsgraph_memory_layer_triples ([0-9.E+]+)$");

    /** Waits until the server's metrics show its union copied into memory; the triples it holds. */
    private static long awaitMemoryLayer(URI metrics) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher triples = MEMORY_TRIPLES.matcher(body);
            if (triples.find() && Double.parseDouble(triples.group(1)) > 0) {
                return (long) Double.parseDouble(triples.group(1));
            }
            Thread.sleep(500);
        }
        throw new BenchmarkFailed(metrics + " did not report the union in memory within 10 minutes");
    }

    /** Where and what a server is written while its clients run. */
    private record Writes(List<LiveWriter.PostBody> posts, URI graphStore, Optional<String> authorization) {}

    /** A few queries of every kind, drawn from the seed, that each server must answer alike. */
    private List<QueryMix.BenchQuery> checks(QueryMix mix) {
        Random random = new Random(settings.seed());
        List<QueryMix.BenchQuery> checks = new ArrayList<>();
        for (QueryKind kind : QueryKind.values()) {
            for (int i = 0; i < CHECKS_PER_KIND; i++) {
                checks.add(new QueryMix.BenchQuery(kind, kind.text(mix, random)));
            }
        }
        return checks;
    }

    /**
     * Starts a server, waits for its copy of the union in memory when it makes one (its metrics
     * say when), checks its answers (against {@code reference}'s rows when given), runs the
     * clients and stops it.
     */
    private ServerRun measure(Endpoint endpoint, QueryMix mix, List<QueryMix.BenchQuery> checks, Optional<ServerRun> reference,
                              Writes writes, List<String> command, Path log, Optional<URI> memoryMetrics)
            throws IOException, InterruptedException {
        out.printf("%nstarting %s (log: %s)%n", endpoint.name(), log);
        long start = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(command, log, endpoint)) {
            out.printf("%s ready in %.1f s at %s%n", endpoint.name(), (System.nanoTime() - start) / 1e9, endpoint.uri());
            if (memoryMetrics.isPresent()) {
                long triples = awaitMemoryLayer(memoryMetrics.get());
                out.printf("%s holds %,d triples in memory %.1f s after start%n", endpoint.name(), triples, (System.nanoTime() - start) / 1e9);
            }
            Map<QueryKind, List<Integer>> rows = new EnumMap<>(QueryKind.class);
            for (QueryMix.BenchQuery check : checks) {
                int n = endpoint.rows(check.text());
                if (n == 0) {
                    throw new BenchmarkFailed(endpoint.name() + " found no rows for\n" + check.text());
                }
                rows.computeIfAbsent(check.kind(), k -> new ArrayList<>()).add(n);
            }
            out.println("rows of the check queries:");
            rows.forEach((kind, counts) -> out.printf("  %-34s %s%n", kind.label(), counts));
            reference.filter(other -> !other.checkRows().equals(rows)).ifPresent(other -> {
                throw new BenchmarkFailed(endpoint.name() + " found other numbers of rows than " + other.server()
                        + ":\n  " + other.server() + ": " + other.checkRows() + "\n  " + endpoint.name() + ": " + rows);
            });
            out.printf("running %d clients for %d s of warm-up and %d s measured%s%n", settings.concurrency(),
                    settings.warmup().toSeconds(), settings.measured().toSeconds(),
                    settings.writes() ? ", a post written every " + settings.writeEvery().toMillis() / 1000.0 + " s" : "");
            Optional<LiveWriter> writer = settings.writes() ? Optional.of(LiveWriter.start(writes.posts(),
                    writes.graphStore(), writes.authorization(), settings.writeEvery())) : Optional.empty();
            Tally tally;
            try {
                tally = new MixClients(mix, settings.seed(), settings.concurrency()).run(endpoint, settings.warmup(), settings.measured());
            } finally {
                if (writer.isPresent()) {
                    writer.get().close();
                }
            }
            Optional<String> refused = writer.flatMap(w -> w.failures().stream().findFirst());
            if (refused.isPresent()) {
                throw new BenchmarkFailed(endpoint.name() + " refused a write: " + refused.get());
            }
            return new ServerRun(endpoint.name(), rows, settings.measured(), tally, writer.map(LiveWriter::written).orElse(0));
        }
    }

}
