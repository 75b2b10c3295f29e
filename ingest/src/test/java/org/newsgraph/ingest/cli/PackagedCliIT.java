package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as the README runs it: {@code java -jar ingest/target/newsgraph.jar}, with only the
 * jars its manifest names. The other tests run the commands on Maven's test classpath, which
 * holds more (a dependency in test scope there once left jena-text unable to start here).
 */
class PackagedCliIT {
    private static final Path JAR = Path.of("target", "newsgraph.jar");

    @TempDir
    Path folder;

    @Test
    void thePackagedCliOpensAStoreAndLoadsIntoIt() throws Exception {
        Path file = folder.resolve("one.nq");
        Files.writeString(file, "<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> \"one\""
                + " <http://example.org/graph/one> .\n");
        Result load = run("load", "--store", folder.resolve("tdb2").toString(), file.toString());
        assertEquals(0, load.exit(), load.output());
        assertTrue(load.output().contains("1"), load.output());
    }

    @Test
    void itsHelpListsTheCommands() throws Exception {
        Result help = run("--help");
        assertEquals(0, help.exit(), help.output());
        for (String command : List.of("ingest", "load", "compact", "evaluate")) {
            assertTrue(help.output().contains(command), help.output());
        }
    }

    private record Result(int exit, String output) {}

    private static Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the CLI ended");
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
