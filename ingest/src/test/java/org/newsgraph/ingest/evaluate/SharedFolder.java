package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared evaluation folder, which surefire names in {@code newsgraph.shared}; tests skip without it. */
final class SharedFolder {
    private SharedFolder() {}

    /** The seed gold annotation; skips the calling test when it is absent. */
    static Path seedGold() {
        return file("eval/seed-gold.json");
    }

    /** The development page the seed gold annotates; skips the calling test when it is absent. */
    static Path seedPage() {
        return file("seeds/000_c97fd6970134bff4.txt");
    }

    /** The development pages, each NAME.txt with its NAME.gold.json; skips the calling test when absent. */
    static Path developmentFolder() {
        Path folder = shared().resolve("eval/dev");
        assumeTrue(Files.isDirectory(folder), "skipped: eval/dev is not under the shared folder "
                + shared().toAbsolutePath() + " (system property newsgraph.shared)");
        return folder;
    }

    /** The reference scorer; skips the calling test when it is absent. */
    static Path referenceScorer() {
        return file("eval/score_extraction.py");
    }

    private static Path shared() {
        return Path.of(System.getProperty("newsgraph.shared", "../shared"));
    }

    private static Path file(String path) {
        Path shared = shared();
        Path file = shared.resolve(path);
        assumeTrue(Files.isRegularFile(file), "skipped: " + path + " is not under the shared folder "
                + shared.toAbsolutePath() + " (system property newsgraph.shared)");
        return file;
    }
}
