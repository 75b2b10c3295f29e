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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service starts from the command line its container image and systemd unit use,
 * {@code src/main/deploy/run-service.sh}, with its store and port from the environment, and its
 * readiness probe passes. (No Docker daemon here: the image itself is not built.)
 */
class DeployScriptIT {
    private static final Path SCRIPT = Path.of("src/main/deploy/run-service.sh");
    private static final Path APP = Path.of("target/quarkus-app");

    @TempDir
    Path data;

    @Test
    void theImagesCommandLineStartsAReadyService() throws Exception {
        assertTrue(Files.isRegularFile(APP.resolve("quarkus-run.jar")), "run after package: " + APP.toAbsolutePath());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("sh", SCRIPT.toString()).redirectErrorStream(true)
                .redirectOutput(data.resolve("service.log").toFile());
        builder.environment().put("APP", APP.toAbsolutePath().toString());
        builder.environment().put("NEWSGRAPH_STORE", data.resolve("tdb2").toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("JAVA_OPTS", "-Xmx512m");
        Process service = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline && service.isAlive()) {
                Thread.sleep(500);
                try {
                    status = http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYetListening) {
                    status = 0;
                }
            }
            assertEquals(200, status, "the readiness probe; the log:\n" + Files.readString(data.resolve("service.log")));
            assertTrue(Files.isDirectory(data.resolve("tdb2")), "the store is on the volume the environment names");
        } finally {
            service.destroy();
            service.waitFor();
        }
    }
}
