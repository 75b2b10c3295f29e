package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The standard extraction on the development page, scored by the reference Python scorer through
 * an embedded Fuseki. Skipped when the shared folder (system property {@code newsgraph.shared}) or
 * python3 is absent.
 */
class SeedExtractionTest {

    @Test
    void meetsTheQualityBars() throws Exception {
        String shared = System.getProperty("newsgraph.shared");
        Path folder = shared == null ? null : Path.of(shared);
        Assumptions.assumeTrue(folder != null && Files.isRegularFile(folder.resolve("seeds").resolve(SeedExtractionHarness.SEED))
                        && Files.isRegularFile(folder.resolve("eval").resolve("score_extraction.py")),
                "seed extraction test skipped: no shared folder at " + folder + " (set system property newsgraph.shared)");
        Assumptions.assumeTrue(python(), "seed extraction test skipped: python3 is not on the PATH");
        SeedExtractionHarness.Result r = SeedExtractionHarness.run(folder, true);
        System.out.println(r.scorerOutput());
        Map<String, Double> f1 = r.f1();
        assertTrue(f1.getOrDefault("events(all)", 0.0) >= 0.85, "event micro-F1 below 0.85:\n" + r.scorerOutput());
        assertTrue(f1.getOrDefault("entities", 0.0) >= 0.90, "entity F1 below 0.90:\n" + r.scorerOutput());
        assertTrue(f1.getOrDefault("roles", 0.0) >= 0.80, "role F1 below 0.80:\n" + r.scorerOutput());
        assertTrue(r.report().allStored(), r.report().problems().toString());
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
