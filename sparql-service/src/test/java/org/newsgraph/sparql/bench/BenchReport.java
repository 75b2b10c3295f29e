package org.newsgraph.sparql.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The figures of a run: a table per server for the console, and the Markdown tables of one size
 * (loads, servers, query kinds, writes).
 */
final class BenchReport {
    private BenchReport() {}

    /** The console table of one server: all queries, then each kind. */
    static String text(ServerRun run) {
        StringBuilder text = new StringBuilder();
        Tally tally = run.tally();
        text.append(String.format(Locale.ROOT, "%s: %,d queries in %d s = %.1f queries/s, %d errors, %d timeouts%n",
                run.label(), tally.allTimes().count(), run.measured().toSeconds(), run.throughput(), tally.allFailures(),
                tally.allTimeouts()));
        text.append(String.format(Locale.ROOT, "  %-34s %8s %9s %9s %9s %7s %8s%n", "query", "queries", "p50 ms", "p95 ms",
                "p99 ms", "errors", "timeouts"));
        text.append(line("all", tally.allTimes(), tally.allFailures(), tally.allTimeouts()));
        for (QueryKind kind : QueryKind.values()) {
            text.append(line(kind.label(), tally.times(kind), tally.failures(kind), tally.timeouts(kind)));
        }
        tally.firstFailure().ifPresent(f -> text.append("  first error: ").append(f).append('\n'));
        run.withWrites().ifPresent(w -> text.append(String.format(Locale.ROOT,
                "  with writes: %.1f queries/s (%d posts written), %.0f%% less%n", run.throughput(w.tally()), w.written(),
                100 * cost(run, w))));
        return text.toString();
    }

    /** What writing cost the reads: the fraction of the queries per second lost. */
    static double cost(ServerRun run, ServerRun.WithWrites writes) {
        return 1 - run.throughput(writes.tally()) / run.throughput();
    }

    /** The Markdown of one size: a line saying what ran, then the tables. */
    static String markdown(BenchSettings settings, BenchDataset data, List<ServerRun> runs, String when) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "**%,d posts** in %,d stories about %,d people (%,d quads); %d clients, %d s"
                        + " measured after %d s of warm-up per server, result cache off unless named; -Xmx%s per Java server,"
                        + " %d GB of buffers for Virtuoso; query timeout %d s. %s.%n%n", data.corpus().posts(),
                data.corpus().stories(), data.corpus().cast(), data.quads(), settings.concurrency(), settings.measured().toSeconds(),
                settings.warmup().toSeconds(), settings.heap(), settings.heapGigabytes(), settings.queryTimeout().toSeconds(), when));
        md.append("| copy | loader | quads read | time s | quads/s | folder MB | |\n| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Map.Entry<DataCopy, BenchDataset.LoadFigure> load : data.loads().entrySet()) {
            BenchDataset.LoadFigure f = load.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %,.0f | %,.0f | %s |%n", load.getKey().folder,
                    load.getKey().loader, f.quads(), f.seconds(), f.rate(), f.bytes() / 1e6, f.note()));
        }
        md.append("\n| server | ready s | heap after GC MB | union MB | q/s | p50 / p95 / p99 ms | errors | timeouts | load avg |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (ServerRun run : runs) {
            Latencies all = run.tally().allTimes();
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %s | %s | **%.1f** | %s | %d | %d | %.1f |%n", run.label(),
                    run.readySeconds(), megabytes(run.heap()), megabytes(run.unionBytes()), run.throughput(), percentiles(all),
                    run.tally().allFailures(), run.tally().allTimeouts(), run.loadAverage()));
        }
        md.append("\n| query |");
        runs.forEach(run -> md.append(' ').append(run.label()).append(" q/s, p50 / p95 ms |"));
        md.append("\n| --- |").append(" ---: |".repeat(runs.size())).append('\n');
        for (QueryKind kind : QueryKind.values()) {
            md.append("| ").append(kind.label()).append(" |");
            for (ServerRun run : runs) {
                Latencies t = run.tally().times(kind);
                md.append(String.format(Locale.ROOT, " %.2f, %s / %s%s |", t.count() / (run.measured().toNanos() / 1e9),
                        millis(t, 50), millis(t, 95), run.tally().timeouts(kind) > 0 ? " (" + run.tally().timeouts(kind) + " timeouts)" : ""));
            }
            md.append('\n');
        }
        if (runs.stream().anyMatch(r -> r.withWrites().isPresent())) {
            md.append(String.format(Locale.ROOT, "%nWith a post written every %s s while the clients ran (Graph Store PUT):%n%n"
                    + "| server | q/s without writes | q/s with writes | cost | p95 ms with writes | posts written |%n"
                    + "| --- | ---: | ---: | ---: | ---: | ---: |%n", settings.writeEvery().toMillis() / 1000.0));
            for (ServerRun run : runs) {
                run.withWrites().ifPresent(w -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f%% | %s | %d |%n",
                        run.label(), run.throughput(), run.throughput(w.tally()), 100 * cost(run, w), millis(w.tally().allTimes(), 95),
                        w.written())));
            }
        }
        return md.toString();
    }

    /** How many times each other server's queries per second {@code of}'s are, as a sentence. */
    static String ratios(ServerRun of, List<ServerRun> runs) {
        return runs.stream().filter(r -> r != of).map(r -> String.format(Locale.ROOT, "%.2f× %s", of.throughput() / r.throughput(), r.label()))
                .reduce((a, b) -> a + ", " + b).map(s -> of.label() + ": " + s + ".").orElse("");
    }

    private static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? String.format(Locale.ROOT, "%,.0f", bytes.getAsLong() / 1e6) : "-";
    }

    private static String percentiles(Latencies times) {
        return millis(times, 50) + " / " + millis(times, 95) + " / " + millis(times, 99);
    }

    private static String line(String what, Latencies times, int errors, int timeouts) {
        return String.format(Locale.ROOT, "  %-34s %8d %9s %9s %9s %7d %8d%n", what, times.count(),
                millis(times, 50), millis(times, 95), millis(times, 99), errors, timeouts);
    }

    private static String millis(Latencies times, double percentile) {
        return times.count() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", times.percentile(percentile) / 1e6);
    }
}
