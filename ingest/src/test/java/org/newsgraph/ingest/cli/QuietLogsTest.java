package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI, in a JVM of its own as users run it, prints its summary but not the libraries' INFO
 * lines (CoreNLP logs one an annotator it loads); {@code --verbose} brings them back.
 */
class QuietLogsTest {
    @TempDir
    Path dir;

    @Test
    void libraryInfoLinesShowOnlyWithVerbose() throws Exception {
        String page = "samples/grain-corridor-talks.rss";
        Run quiet = run("ingest", "--store", dir.resolve("quiet").toString(), page);
        assertEquals(0, quiet.exitCode, quiet.err);
        assertTrue(quiet.out.contains("posts: "), "the summary is printed: " + quiet.out);
        assertFalse(quiet.err.contains("INFO"), "no library INFO lines: " + quiet.err);
        Run verbose = run("ingest", "--verbose", "--store", dir.resolve("verbose").toString(), page);
        assertEquals(0, verbose.exitCode, verbose.err);
        assertTrue(verbose.err.contains("INFO"), "--verbose shows CoreNLP's: " + verbose.err);
    }

    private record Run(int exitCode, String out, String err) {}

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NewsgraphCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = process.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
