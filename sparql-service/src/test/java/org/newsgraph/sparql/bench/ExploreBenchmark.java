package org.newsgraph.sparql.bench;

import org.apache.commons.io.file.PathUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.LoadResult;
import org.newsgraph.core.store.Store;

/**
 * The exploration API on a large generated corpus: by default 100,000 posts in 1,000 stories,
 * bulk-loaded into a newsgraph store ({@code Store.load}, the merged layer built as it goes),
 * served by the packaged service in its own JVM; each exploration call is made {@code calls}
 * times with entities and stories drawn at random from the store, and its latency percentiles
 * printed and written to target/bench-explore.md.
 * <pre>
 *   mvn -B -pl sparql-service -am -Pbench-explore -DskipTests verify [-Dposts=100000 -Dstories=1000 -Dcalls=200]
 * </pre>
 */
public final class ExploreBenchmark {
    private static final String BASE = IriMinter.DEFAULT_BASE;
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(2);

    /** The calls measured; each takes its parameters from the draw. */
    enum Call {
        TIMELINE("timeline of a person", d -> "timeline?entity=" + d.person()),
        NEIGHBOURS("neighbours of a person", d -> "neighbours?entity=" + d.person()),
        NEIGHBOURHOOD("neighbourhood of a country (pictures)", d -> "neighbourhood?entity=" + d.country()),
        COOCCURRENCE("co-occurrence of a person", d -> "cooccurrence?entity=" + d.person()),
        TOP_PAIRS("top co-occurring pairs", d -> "cooccurrence?limit=20"),
        PATHS("shortest paths person to person", d -> "paths?from=" + d.person() + "&to=" + d.otherPerson() + "&maxLength=4"),
        STORYLINE("storyline of a story", d -> "storyline?story=" + d.story());

        final String label;
        final Function<Draw, String> path;

        Call(String label, Function<Draw, String> path) {
            this.label = label;
            this.path = path;
        }
    }

    /** Random picks among the store's people, countries and stories. */
    record Draw(List<String> people, List<String> countries, List<String> stories, Random random) {
        String person() {
            return encode(pick(people));
        }

        String otherPerson() {
            return encode(pick(people));
        }

        String country() {
            return encode(pick(countries));
        }

        String story() {
            return encode(pick(stories));
        }

        private String pick(List<String> items) {
            synchronized (random) {
                return items.get(random.nextInt(items.size()));
            }
        }

        private static String encode(String iri) {
            return URLEncoder.encode(iri, StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws Exception {
        try {
            run(System.out);
        } catch (BenchmarkFailed e) {
            System.err.println("bench-explore failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(PrintStream out) throws Exception {
        int posts = Integer.getInteger("posts", 100_000);
        int stories = Integer.getInteger("stories", 1_000);
        int calls = Integer.getInteger("calls", 200);
        int concurrency = Integer.getInteger("concurrency", 1);
        long seed = Long.getLong("seed", 42);
        String heap = System.getProperty("heap", "2g");
        Path jar = Path.of(System.getProperty("serviceJar", "target/quarkus-app/quarkus-run.jar"));
        Path report = Path.of(System.getProperty("report", "target/bench-explore.md"));
        if (!Files.isRegularFile(jar)) {
            throw new BenchmarkFailed(jar.toAbsolutePath() + " is missing; build it with mvn -B -pl sparql-service -am package -DskipTests");
        }
        if (posts % stories != 0) {
            throw new BenchmarkFailed("-Dposts=" + posts + " must be a multiple of -Dstories=" + stories);
        }
        // -Dstore=DIR keeps the loaded store there, and a later run with the same DIR measures it again without loading.
        Optional<Path> kept = Optional.ofNullable(System.getProperty("store")).filter(s -> !s.isBlank()).map(Path::of);
        Path folder = kept.isPresent() ? Files.createDirectories(kept.get()) : Files.createTempDirectory("newsgraph-bench-explore-");
        try {
            Path storeFolder = folder.resolve("tdb2");
            LoadResult loaded;
            Path counts = folder.resolve("loaded.txt");
            if (kept.isPresent() && Files.isRegularFile(counts)) {
                String[] graphsAndQuads = Files.readString(counts).strip().split(" ");
                loaded = new LoadResult(Long.parseLong(graphsAndQuads[0]), Long.parseLong(graphsAndQuads[1]));
                out.printf("measuring the store kept in %s (%,d quads)%n", storeFolder, loaded.quads());
            } else {
                Path corpus = folder.resolve("corpus.nq.gz");
                long start = System.nanoTime();
                new Corpus(stories, posts / stories, seed).write(corpus, BASE);
                out.printf("generated %,d posts in %,d stories as N-Quads in %.1f s%n", posts, stories, seconds(start));
                start = System.nanoTime();
                try (Store store = Store.open(storeFolder, BASE)) {
                    loaded = store.load(corpus);
                }
                out.printf("loaded %,d quads in %,d graphs (with the merged layer) in %.1f s%n", loaded.quads(), loaded.graphs(),
                        seconds(start));
                Files.writeString(counts, loaded.graphs() + " " + loaded.quads());
            }

            int port = ServerProcess.freePort();
            Endpoint sparql = Endpoint.of("newsgraph", URI.create("http://127.0.0.1:" + port + "/sparql"), CLIENT_TIMEOUT);
            Path log = report.toAbsolutePath().getParent().resolve("bench-explore/newsgraph.log");
            try (ServerProcess server = ServerProcess.start(List.of(ServerProcess.java(), "-Xmx" + heap,
                    "-Dnewsgraph.store=" + storeFolder, "-Dnewsgraph.base=" + BASE, "-Dquarkus.http.port=" + port,
                    "-Dnewsgraph.client-queries=64", "-jar", jar.toString()), log, sparql)) {
                Draw draw = new Draw(iris(sparql, "?x a ng:Person . ?event ng:participant ?x", "ng:Person"),
                        iris(sparql, "?x a ng:Country", "ng:Country"), iris(sparql, "?x a ng:Story", "ng:Story"),
                        new Random(seed));
                out.printf("drawing from %,d people, %,d countries, %,d stories; %d calls of each kind, %d at a time%n",
                        draw.people().size(), draw.countries().size(), draw.stories().size(), calls, concurrency);
                out.printf("exploration ready %.1f s after the service%n", awaitExploration(sparql));
                Map<Call, Latencies> times = new EnumMap<>(Call.class);
                Map<Call, Integer> errors = new EnumMap<>(Call.class);
                for (Call call : Call.values()) {
                    measure(sparql, call, draw, Math.max(1, calls / 10), concurrency, new Latencies(), new int[1]);   // warm-up
                    Latencies latencies = new Latencies();
                    int[] failed = {0};
                    measure(sparql, call, draw, calls, concurrency, latencies, failed);
                    times.put(call, latencies);
                    errors.put(call, failed[0]);
                    out.printf(Locale.ROOT, "  %-40s p50 %7.1f  p95 %7.1f  p99 %7.1f ms  errors %d%n", call.label,
                            ms(latencies, 50), ms(latencies, 95), ms(latencies, 99), failed[0]);
                }
                Files.createDirectories(report.toAbsolutePath().getParent());
                Files.writeString(report, markdown(posts, stories, loaded, calls, concurrency, heap, times, errors));
                out.println("table: " + report);
            }
        } finally {
            if (kept.isEmpty()) {
                PathUtils.deleteDirectory(folder);
            }
        }
    }

    /** The IRIs of the things a pattern finds, at most 2,000, so that draws reach across the store. */
    private static List<String> iris(Endpoint sparql, String pattern, String what) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = sparql.send("PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT DISTINCT ?x { "
                + pattern + " } LIMIT 2000");
        List<String> iris = new ArrayList<>();
        ResultSetMgr.read(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON).forEachRemaining(row -> iris.add(row.getResource("x").getURI()));
        if (iris.isEmpty()) {
            throw new BenchmarkFailed("the store holds no " + what);
        }
        return iris;
    }

    /**
     * Waits for the service to have read the store's events (it answers 503 until then, once a
     * call's wait reaches the query timeout); the seconds waited.
     */
    private static double awaitExploration(Endpoint sparql) throws Exception {
        long start = System.nanoTime();
        HttpRequest probe = HttpRequest.newBuilder(sparql.uri().resolve("/api/explore/cooccurrence?limit=1"))
                .timeout(CLIENT_TIMEOUT).GET().build();
        for (int attempt = 0; attempt < 60; attempt++) {
            if (sparql.http().send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return seconds(start);
            }
        }
        throw new BenchmarkFailed("the exploration was not ready after " + seconds(start) + " s");
    }

    private static void measure(Endpoint sparql, Call call, Draw draw, int calls, int concurrency, Latencies latencies,
                                int[] failed) throws Exception {
        URI api = sparql.uri().resolve("/api/explore/");
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                done.add(clients.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(api.resolve(call.path.apply(draw))).timeout(CLIENT_TIMEOUT)
                            .header("Accept", "application/json").GET().build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = sparql.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long elapsed = System.nanoTime() - start;
                        synchronized (latencies) {
                            latencies.add(elapsed);
                            if (response.statusCode() != 200) {
                                failed[0]++;
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    private static String markdown(int posts, int stories, LoadResult loaded, int calls, int concurrency, String heap,
                                   Map<Call, Latencies> times, Map<Call, Integer> errors) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "%,d posts in %,d stories (%,d quads), %d calls of each kind, %d at a time, service -Xmx%s.%n%n"
                        + "| call | p50 ms | p95 ms | p99 ms | errors |%n| --- | ---: | ---: | ---: | ---: |%n",
                posts, stories, loaded.quads(), calls, concurrency, heap));
        times.forEach((call, t) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", call.label,
                ms(t, 50), ms(t, 95), ms(t, 99), errors.get(call))));
        return md.toString();
    }

    private static double ms(Latencies times, double percentile) {
        return times.count() == 0 ? Double.NaN : times.percentile(percentile) / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private ExploreBenchmark() {}
}
