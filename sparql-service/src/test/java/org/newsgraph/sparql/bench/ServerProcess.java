package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A SPARQL server in a JVM of its own, so that it shares neither heap nor threads with the
 * clients; its output goes to a log file. Started, it is ready: its endpoint has answered a query.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final Thread stopOnExit;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.stopOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Runs {@code command} and waits until {@code endpoint} answers {@code ASK {}} with 200. */
    static ServerProcess start(List<String> command, Path log, Endpoint endpoint) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(process, log);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                server.close();
                throw new BenchmarkFailed(endpoint.name() + " exited with " + process.exitValue() + " before it was ready;"
                        + " the end of " + log + ":\n" + server.tail());
            }
            try {
                if (endpoint.send("ASK {}").statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYetListening) {
                // it is still starting
            }
            Thread.sleep(250);
        }
        server.close();
        throw new BenchmarkFailed(endpoint.name() + " was not ready after " + PATIENCE.toMinutes() + " minutes; see " + log);
    }

    /** The server's process id, to count its open files. */
    long pid() {
        return process.pid();
    }

    /** The java executable of this JVM, for servers started alike. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A TCP port free at the time of asking. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the server's log. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(cannot read the log: " + e.getMessage() + ")";
        }
    }

    /** Asks the server to stop and waits for it; kills it when it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
}
