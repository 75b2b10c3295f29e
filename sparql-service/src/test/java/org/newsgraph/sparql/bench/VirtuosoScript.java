package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code virtuoso.sh} from the shared folder, which installs, loads, serves and stops Virtuoso 7
 * instances in folders of their own. Its progress lines go to {@code log}; its results (load
 * figures, the endpoint's URL) are what {@link #run} returns.
 *
 * @param script     the script
 * @param memoryGb   gigabytes of buffers each instance gets (VIRTUOSO_MEM_GB)
 * @param log        where its progress goes
 */
record VirtuosoScript(Path script, int memoryGb, Path log) {
    /** Runs {@code virtuoso.sh ARGS}; its standard output, or a failure with the end of its log. */
    String run(String... args) {
        if (!Files.isRegularFile(script)) {
            throw new BenchmarkFailed("no " + script.toAbsolutePath() + " (the Virtuoso anchor's script; -Dvirtuoso=PATH,"
                    + " or leave virtuoso out of -Dservers=)");
        }
        List<String> command = new ArrayList<>(List.of("bash", script.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("VIRTUOSO_MEM_GB", Integer.toString(memoryGb));
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            if (status != 0) {
                List<String> lines = Files.readAllLines(log);
                throw new BenchmarkFailed("virtuoso.sh " + String.join(" ", args) + " failed (" + status + "); the end of " + log
                        + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailed("interrupted while virtuoso.sh " + String.join(" ", args) + " ran", e);
        }
    }
}
