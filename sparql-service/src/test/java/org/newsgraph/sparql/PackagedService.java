package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app}, so: after {@code package}) started as its
 * container image and systemd unit start it, through {@code src/main/deploy/run-service.sh}, with
 * its store in a folder of the test's and a free port, and waited for until it is ready:
 * <pre>
 *   try (PackagedService service = PackagedService.start(dir, Map.of("NEWSGRAPH_WRITE_TOKEN", "t"))) {
 *       URI sparql = service.url().resolve("sparql");
 *   }
 * </pre>
 * Its output goes to {@code service.log} in that folder, which a failure to start shows.
 */
final class PackagedService implements AutoCloseable {
    static final Path SCRIPT = Path.of("src/main/deploy/run-service.sh");
    static final Path APP = Path.of("target/quarkus-app");

    private final Process process;
    private final int port;

    private PackagedService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the service with its store in {@code folder}/tdb2 and {@code environment} added; returns once it is ready. */
    static PackagedService start(Path folder, Map<String, String> environment) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(APP.resolve("quarkus-run.jar")), "run after package: " + APP.toAbsolutePath());
        int port = freePort();
        Map<String, String> all = new HashMap<>(environment);
        all.put("NEWSGRAPH_STORE", folder.resolve("tdb2").toString());
        all.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        all.putIfAbsent("JAVA_OPTS", "-Xmx512m");
        ProcessBuilder builder = script(all).redirectErrorStream(true).redirectOutput(folder.resolve("service.log").toFile());
        PackagedService service = new PackagedService(builder.start(), port);
        service.awaitReady(folder.resolve("service.log"));
        return service;
    }

    /** {@code run-service.sh} with {@code arguments}, the packaged application and {@code environment} set. */
    static ProcessBuilder script(Map<String, String> environment, String... arguments) {
        String[] command = new String[arguments.length + 2];
        command[0] = "sh";
        command[1] = SCRIPT.toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("APP", APP.toAbsolutePath().toString());
        builder.environment().putAll(environment);
        return builder;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    /** The service's root, e.g. {@code http://127.0.0.1:41234/}. */
    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = url().resolve("q/health/ready");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(500);
            try {
                status = http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYetListening) {
                status = 0;
            }
        }
        if (status != 200) {
            close();
        }
        assertEquals(200, status, "the readiness probe; the log:\n" + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
