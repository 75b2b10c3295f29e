package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service starts from the command line its container image and systemd unit use,
 * {@code src/main/deploy/run-service.sh}, with its store and port from the environment, and its
 * readiness probe passes; the image's health check ({@code run-service.sh probe}) fails while no
 * service listens and passes once it is ready. (No Docker daemon here: the image itself is not built.)
 */
class DeployScriptIT {
    @TempDir
    Path data;

    @Test
    void theImagesCommandLineStartsAReadyService() throws Exception {
        int unused = PackagedService.freePort();
        assertEquals(1, healthCheck(unused), "the health check while no service listens");
        try (PackagedService service = PackagedService.start(data, Map.of())) {
            assertTrue(Files.isDirectory(data.resolve("tdb2")), "the store is on the volume the environment names");
            assertEquals(0, healthCheck(service.port()), "the image's health check once the service is ready");
        }
    }

    /** The exit status of the image's HEALTHCHECK command against the service on {@code port}. */
    private int healthCheck(int port) throws IOException, InterruptedException {
        return PackagedService.script(Map.of("QUARKUS_HTTP_PORT", Integer.toString(port)), "probe").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("probe.log").toFile())).start().waitFor();
    }
}
