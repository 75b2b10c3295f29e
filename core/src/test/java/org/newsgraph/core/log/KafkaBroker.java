package org.newsgraph.core.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker for tests: a KRaft broker and controller in one child process
 * ({@code kafka.Kafka} on this JVM's class path, which holds {@code kafka_2.13}), on free ports,
 * its log in a folder of the caller's.
 * <pre>
 *   try (KafkaBroker broker = KafkaBroker.start(tempDir)) {
 *       String servers = broker.bootstrapServers();   // localhost:PORT
 *   }
 * </pre>
 * A child process rather than an in-JVM server, so that a test may kill it and nothing of the
 * broker's Scala runtime shares the test's heap. Starts in 5–20 s on a busy machine.
 */
public final class KafkaBroker implements AutoCloseable {
    private final Process process;
    private final String servers;
    private final Path folder;

    private KafkaBroker(Process process, String servers, Path folder) {
        this.process = process;
        this.servers = servers;
        this.folder = folder;
    }

    /** Formats a fresh log in {@code folder} and starts a broker on it; returns once it answers. */
    public static KafkaBroker start(Path folder) {
        try {
            Files.createDirectories(folder);
            int port = freePort();
            int controller = freePort();
            Path config = folder.resolve("server.properties");
            Files.writeString(config, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@localhost:" + controller,
                    "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller,
                    "advertised.listeners=PLAINTEXT://localhost:" + port,
                    "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + folder.resolve("data"),
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=3",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "transaction.state.log.num.partitions=3",
                    "group.initial.rebalance.delay.ms=0",
                    // Compaction soon after a segment rolls, so that tests see a compacted topic.
                    "log.cleaner.backoff.ms=1000",
                    ""));
            run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", config.toString()), folder.resolve("format.log"));
            Process broker = java(List.of("-Xmx512m", "kafka.Kafka", config.toString()), folder.resolve("broker.log"));
            KafkaBroker started = new KafkaBroker(broker, "localhost:" + port, folder);
            started.awaitAnswer();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code host:port} of the broker, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return servers;
    }

    /** The broker's own log, where its errors are. */
    public Path logFile() {
        return folder.resolve("broker.log");
    }

    private void awaitAnswer() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker stopped at start; see " + logFile());
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000))) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                sleep(Duration.ofMillis(500));
            }
        }
        close();
        throw new IllegalStateException("the broker did not answer within 90 s; see " + logFile());
    }

    private static void run(List<String> args, Path log) throws IOException {
        Process p = java(args, log);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kafka-storage format failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process java(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the broker and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
