package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.newsgraph.core.iri.IriMinter;

/**
 * newsgraph's service against its anchors — Fuseki 5.6.0 over the union, Fuseki over the union
 * merged into its default graph, Virtuoso 7 — on the same generated data and the same analyst
 * queries: each server alone, one after the other, asked by the same concurrent clients the
 * same texts for the same time. Prints queries/s and p50/p95/p99 per server and query kind;
 * writes the size's tables to {@code target/bench-sparql-POSTS.md} and the scale curve over all
 * sizes measured to {@code target/bench-sparql-scale.svg}.
 * <pre>
 *   mvn -B -pl sparql-service -am -Pbench-sparql -DskipTests verify [-Dposts=20000] [-Dstore=DIR] [-Dservers=...]
 * </pre>
 * Before measuring, each server answers a few queries of every kind; the answers, compared by
 * value, must find rows and equal the first server's, or the benchmark stops: a server that
 * answered differently would be measured doing something else.
 */
public final class SparqlBenchmark {
    private static final String BASE = IriMinter.DEFAULT_BASE;
    private static final int CHECKS_PER_KIND = 3;
    /** Posts the live writer has to write, in turn (more than a run writes at one a second). */
    private static final int WRITTEN_POSTS = 200;

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
        if (settings.servers().stream().anyMatch(s -> s.copy == DataCopy.NEWSGRAPH) && !Files.isRegularFile(settings.serviceJar())) {
            throw new BenchmarkFailed("newsgraph's service is not built: " + settings.serviceJar().toAbsolutePath()
                    + " is missing; build it with mvn -B -pl sparql-service -am package -DskipTests");
        }
        Path folder = settings.store().isPresent() ? settings.store().get() : Files.createTempDirectory("newsgraph-bench-sparql-");
        Path logs = settings.report().toAbsolutePath().getParent().resolve("bench-sparql");
        Files.createDirectories(logs);
        VirtuosoScript virtuoso = new VirtuosoScript(settings.virtuoso(), settings.heapGigabytes(), logs.resolve("virtuoso.sh.log"));
        try {
            Corpus corpus = new Corpus(settings.stories(), settings.postsPerStory(), settings.cast(), settings.seed());
            Set<DataCopy> copies = EnumSet.noneOf(DataCopy.class);
            settings.servers().forEach(s -> copies.add(s.copy));
            out.printf("data in %s%s%n", folder, settings.store().isPresent() ? " (kept)" : "");
            BenchDataset data = BenchDataset.prepare(folder, corpus, copies, new DataCopy.Context(BASE, virtuoso), out);
            List<QueryMix.BenchQuery> checks = checks(data.mix());
            List<LiveWriter.PostBody> live = settings.writes() ? LiveWriter.posts(BASE, corpus, WRITTEN_POSTS) : List.of();
            String when = LocalDate.now(ZoneOffset.UTC) + ", " + Runtime.getRuntime().availableProcessors() + " cores";

            List<ServerRun> runs = new ArrayList<>();
            for (BenchServer server : settings.servers()) {
                BenchServer.Launch launch = new BenchServer.Launch(settings, data.folder(server.copy),
                        logs.resolve(server.name + ".log"), virtuoso, BASE);
                runs.add(measure(server, launch, data.mix(), checks, runs.stream().findFirst(), live));
            }

            out.println();
            runs.forEach(run -> out.print(BenchReport.text(run)));
            runs.stream().filter(r -> r.server() == BenchServer.NEWSGRAPH).findFirst()
                    .ifPresent(ours -> out.println(BenchReport.ratios(ours, runs)));
            Path table = settings.report().resolveSibling(settings.report().getFileName().toString()
                    .replaceFirst("\\.md$", "") + "-" + corpus.posts() + ".md");
            Files.writeString(table, BenchReport.markdown(settings, data, runs, when));
            List<ScaleCurve.Point> points = ScaleCurve.record(settings.report().resolveSibling("bench-sparql-scale.tsv"),
                    runs.stream().map(r -> new ScaleCurve.Point(corpus.posts(), r.label(), r.throughput())).toList());
            Path curve = settings.report().resolveSibling("bench-sparql-scale.svg");
            Files.writeString(curve, ScaleCurve.svg(points, when + "; " + settings.concurrency() + " clients, "
                    + settings.measured().toSeconds() + " s measured per server"));
            out.println("tables: " + table + "\nscale curve: " + curve);
        } finally {
            if (settings.store().isEmpty()) {
                PathUtils.deleteDirectory(folder);
            }
        }
    }

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
     * Starts a server and waits until it is ready, checks its answers (against {@code reference}'s
     * when given), runs the clients, again while posts are written when asked and it takes them,
     * and stops it.
     */
    private ServerRun measure(BenchServer server, BenchServer.Launch launch, QueryMix mix, List<QueryMix.BenchQuery> checks,
                              Optional<ServerRun> reference, List<LiveWriter.PostBody> live) throws IOException, InterruptedException {
        out.printf("%nstarting %s on %s (log: %s)%n", server.label, launch.folder(), launch.log());
        double loadAverage = loadAverage();
        try (RunningServer running = server.start(launch)) {
            Endpoint endpoint = running.endpoint();
            out.printf("%s ready in %.1f s at %s%n", server.label, running.readySeconds(), endpoint.uri());
            OptionalLong heap = running.heapAfterCollection();
            heap.ifPresent(h -> out.printf("heap in use after a full collection: %,d MB%n", h / 1_000_000));
            OptionalLong unionBytes = running.unionBytes();
            unionBytes.ifPresent(b -> out.printf("the union in memory takes %,d MB%n", b / 1_000_000));
            List<Optional<List<String>>> answers = check(endpoint, checks, reference);
            out.printf("running %d clients for %d s of warm-up and %d s measured%n", settings.concurrency(),
                    settings.warmup().toSeconds(), settings.measured().toSeconds());
            MixClients clients = new MixClients(mix, settings.seed(), settings.concurrency());
            Tally tally = clients.run(endpoint, settings.warmup(), settings.measured());
            out.printf("%s: %.1f queries/s%n", server.label, tally.allTimes().count() / (double) settings.measured().toSeconds());
            Optional<ServerRun.WithWrites> withWrites = Optional.empty();
            if (settings.writes() && running.writes().isPresent()) {
                out.printf("again, a post written every %s s%n", settings.writeEvery().toMillis() / 1000.0);
                withWrites = Optional.of(whileWriting(server, clients, endpoint, running.writes().get(), live));
            }
            return new ServerRun(server, server.label, running.readySeconds(), heap, unionBytes, answers, settings.measured(), tally,
                    withWrites, loadAverage);
        }
    }

    /** The answers to the checks; each must have rows and, where both answered in time, equal the reference's by value. */
    private List<Optional<List<String>>> check(Endpoint endpoint, List<QueryMix.BenchQuery> checks, Optional<ServerRun> reference)
            throws IOException, InterruptedException {
        List<Optional<List<String>>> answers = new ArrayList<>();
        StringBuilder rows = new StringBuilder("rows of the check queries:");
        for (int i = 0; i < checks.size(); i++) {
            QueryMix.BenchQuery check = checks.get(i);
            Optional<List<String>> answer = endpoint.answer(check.text());
            if (answer.isPresent() && answer.get().isEmpty()) {
                throw new BenchmarkFailed(endpoint.name() + " found no rows for\n" + check.text());
            }
            Optional<List<String>> expected = reference.flatMap(r -> r.checks().get(answers.size()));
            if (answer.isPresent() && expected.isPresent() && !answer.get().equals(expected.get())) {
                throw new BenchmarkFailed(endpoint.name() + " answered otherwise than " + reference.get().label() + " to\n"
                        + check.text() + "\n" + difference(expected.get(), answer.get()));
            }
            answers.add(answer);
            rows.append(i % CHECKS_PER_KIND == 0 ? "\n  " + check.kind().label() + ": " : ", ")
                    .append(answer.map(a -> Integer.toString(a.size())).orElse("timed out"));
        }
        out.println(rows);
        return answers;
    }

    private static String difference(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        return String.format(Locale.ROOT, "%d rows expected, %d found; first missing: %s; first extra: %s", expected.size(),
                actual.size(), missing.stream().findFirst().orElse("-"), extra.stream().findFirst().orElse("-"));
    }

    /** The clients again, while the live writer writes a post every so often; it deletes them after. */
    private ServerRun.WithWrites whileWriting(BenchServer server, MixClients clients, Endpoint endpoint, LiveWriter.Target target,
                                             List<LiveWriter.PostBody> live) throws InterruptedException {
        LiveWriter writer = LiveWriter.start(live, target, settings.writeEvery());
        Tally tally;
        try {
            tally = clients.run(endpoint, settings.warmup(), settings.measured());
        } finally {
            writer.close();
        }
        writer.failures().stream().findFirst().ifPresent(refused -> {
            throw new BenchmarkFailed(server.label + " refused a write: " + refused);
        });
        return new ServerRun.WithWrites(tally, writer.written());
    }

    /** The machine's one-minute load average, to show how busy it was. */
    private static double loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? Double.parseDouble(Files.readString(loadavg).split(" ")[0]) : Double.NaN;
    }
}
