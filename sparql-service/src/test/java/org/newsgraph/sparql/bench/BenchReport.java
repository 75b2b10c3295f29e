package org.newsgraph.sparql.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** The figures of the runs: a table per server for the console, and one Markdown table of all. */
final class BenchReport {
    private BenchReport() {}

    /** The console table of one server: all queries, then each kind. */
    static String text(ServerRun run) {
        StringBuilder text = new StringBuilder();
        Tally tally = run.tally();
        text.append(String.format(Locale.ROOT, "%s: %,d queries in %d s = %.1f queries/s, %d errors, %d posts written%n",
                run.server(), tally.allTimes().count(), run.measured().toSeconds(), run.throughput(), tally.allFailures(),
                run.writes()));
        text.append(String.format(Locale.ROOT, "  %-34s %8s %9s %9s %9s %7s%n", "query", "queries", "p50 ms", "p95 ms",
                "p99 ms", "errors"));
        text.append(line(run, "all", tally.allTimes(), tally.allFailures()));
        for (QueryKind kind : QueryKind.values()) {
            text.append(line(run, kind.label(), tally.times(kind), tally.failures(kind)));
        }
        tally.firstFailure().ifPresent(f -> text.append("  first error: ").append(f).append('\n'));
        return text.toString();
    }

    /** How many times the first run's throughput the second's is. */
    static double ratio(ServerRun ours, ServerRun theirs) {
        return ours.throughput() / theirs.throughput();
    }

    /** The runs side by side in Markdown, Fuseki's last, under a line that says what was measured. */
    static String markdown(BenchSettings settings, BenchDataset data, List<ServerRun> ours, ServerRun theirs) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%,d posts in %,d stories (%,d quads), %d clients, %d s measured after %d s"
                        + " of warm-up per server, -Xmx%s each.", data.posts(), settings.stories(), data.quads(),
                settings.concurrency(), settings.measured().toSeconds(), settings.warmup().toSeconds(), settings.heap()));
        if (settings.writes()) {
            md.append(String.format(Locale.ROOT, " While the clients ran, a new post was written to each server every %s s"
                    + " (posts written: %s).", settings.writeEvery().toMillis() / 1000.0,
                    String.join(", ", runs(ours, theirs).stream().map(r -> r.server() + " " + r.writes()).toList())));
        }
        for (ServerRun run : ours) {
            md.append(String.format(Locale.ROOT, " %s: **%.1f×** Fuseki's queries per second.", run.server(), ratio(run, theirs)));
        }
        md.append("\n\n");
        List<ServerRun> runs = runs(ours, theirs);
        md.append("| query |");
        runs.forEach(run -> md.append(' ').append(run.server()).append(" q/s | p50 / p95 / p99 ms | errors |"));
        md.append("\n| --- |").append(" ---: | ---: | ---: |".repeat(runs.size())).append('\n');
        md.append(row("**all**", runs, run -> run.tally().allTimes(), run -> run.tally().allFailures()));
        for (QueryKind kind : QueryKind.values()) {
            md.append(row(kind.label(), runs, run -> run.tally().times(kind), run -> run.tally().failures(kind)));
        }
        return md.toString();
    }

    private static List<ServerRun> runs(List<ServerRun> ours, ServerRun theirs) {
        List<ServerRun> runs = new ArrayList<>(ours);
        runs.add(theirs);
        return runs;
    }

    private static String line(ServerRun run, String what, Latencies times, int errors) {
        return String.format(Locale.ROOT, "  %-34s %8d %9s %9s %9s %7d%n", what, times.count(),
                millis(times, 50), millis(times, 95), millis(times, 99), errors);
    }

    private static String row(String what, List<ServerRun> runs, Function<ServerRun, Latencies> times,
                              ToIntFunction<ServerRun> errors) {
        StringBuilder row = new StringBuilder("| ").append(what).append(" |");
        for (ServerRun run : runs) {
            Latencies t = times.apply(run);
            row.append(String.format(Locale.ROOT, " %.1f | %s / %s / %s | %d |", t.count() / (run.measured().toNanos() / 1e9),
                    millis(t, 50), millis(t, 95), millis(t, 99), errors.applyAsInt(run)));
        }
        return row.append('\n').toString();
    }

    private static String millis(Latencies times, double percentile) {
        return times.count() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", times.percentile(percentile) / 1e6);
    }
}
