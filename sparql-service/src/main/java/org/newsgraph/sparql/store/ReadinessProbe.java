package org.newsgraph.sparql.store;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check: exits 0 when the service on this machine answers
 * {@code /q/health/ready} with 200, else 1. The image has a JRE and no curl, so the check is a
 * class of the service's own, run by {@code run-service.sh probe}:
 * <pre>
 *   HEALTHCHECK CMD ["/usr/local/bin/newsgraph-service", "probe"]
 * </pre>
 * The port is {@code QUARKUS_HTTP_PORT}'s, as the service's own, else 8080. Uses the JDK only, so
 * that it starts in a fraction of a second without the application around it.
 */
public final class ReadinessProbe {
    private static final int TIMEOUT_MILLIS = 4_000;

    private ReadinessProbe() {}

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("QUARKUS_HTTP_PORT", "8080");
        System.exit(ready(URI.create("http://127.0.0.1:" + port + "/q/health/ready")) ? 0 : 1);
    }

    private static boolean ready(URI probe) {
        try {
            HttpURLConnection connection = (HttpURLConnection) probe.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            int status = connection.getResponseCode();
            System.out.println(probe + " " + status);
            return status == 200;
        } catch (IOException | RuntimeException e) {
            System.out.println(probe + " did not answer: " + e);
            return false;
        }
    }
}
