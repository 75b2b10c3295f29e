package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.cli.EvaluateCommand;
import picocli.CommandLine;

/**
 * {@code newsgraph evaluate} with the standard extraction on the seed page holds the quality bars:
 * event micro-F1 at least 0.85, entity F1 at least 0.90, role F1 at least 0.80.
 * Skipped when the shared folder is absent.
 */
class SeedEvaluationTest {
    @Test
    void theSeedMeetsTheQualityBars() {
        Path gold = SharedFolder.seedGold();
        Path seed = SharedFolder.seedPage();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvaluateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("--gold", gold.toString(), "--year", "2025", seed.toString());

        assertEquals(0, exit, err.toString());
        List<String> lines = out.toString().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("extraction F1 "), last);
        String report = out + err.toString();
        assertBar(0.85, Double.parseDouble(last.substring("extraction F1 ".length())), "event micro-F1", report);
        assertBar(0.90, f1(lines, "entities"), "entity F1", report);
        assertBar(0.80, f1(lines, "roles"), "role F1", report);
    }

    /** The F1 column of a category's row of the table. */
    private static double f1(List<String> lines, String category) {
        String row = lines.stream().filter(l -> l.startsWith(category + " ")).findFirst().orElseThrow();
        String[] columns = row.trim().split("\\s+");
        return Double.parseDouble(columns[columns.length - 1]);
    }

    private static void assertBar(double bar, double value, String what, String report) {
        assertTrue(value >= bar, what + " " + value + " is below " + bar + ":\n" + report);
    }
}
