package org.newsgraph.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.log.GraphReplica;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph replicate}: keeps a TDB2 folder a replica of {@code newsgraph.graphs}, without
 * serving it (the service does both with {@code newsgraph.replicate-from}); for a folder to serve
 * later, or to copy.
 * <pre>
 *   newsgraph replicate --from localhost:9092 --store replica/tdb2 --until-caught-up
 * </pre>
 */
@Command(name = "replicate", mixinStandardHelpOptions = true,
        description = {"Applies the graphs of newsgraph.graphs to a TDB2 folder, with the positions read in",
                "the same transaction, so a restart resumes exactly. Runs until Ctrl-C, or with",
                "--until-caught-up until the topic's end as it was at start."})
final class ReplicateCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "SERVERS", required = true, description = "The Kafka bootstrap servers.")
    String from;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 folder; created when missing.")
    Path folder;

    @Option(names = "--until-caught-up", description = "Stop once the topic's end as it was at start is applied.")
    boolean untilCaughtUp;

    @Mixin
    BaseOption base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        StopSignal stop = StopSignal.onShutdown();
        try (Store store = Store.open(folder, base.base); GraphReplica replica = GraphReplica.start(from, store)) {
            while (!replica.awaitCaughtUp(Duration.ofSeconds(1))) {
                if (replica.failure().isPresent() || stop.stopped()) {
                    break;
                }
            }
            if (replica.caughtUp()) {
                out.printf("caught up: %d graphs applied, %d dead letters%n", replica.applied(), replica.deadLetters());
                out.flush();
            }
            while (!untilCaughtUp && !stop.await(Duration.ofSeconds(1)) && replica.failure().isEmpty()) {
                // Applying on its own thread; this one waits for Ctrl-C.
            }
            if (replica.failure().isPresent()) {
                spec.commandLine().getErr().println("newsgraph: the replica stopped: " + replica.failure().get());
                return NewsgraphCommand.UNREADABLE;
            }
            out.printf("replica: %d graphs applied, %d dead letters, lag %d%n", replica.applied(), replica.deadLetters(), replica.lag());
        } finally {
            stop.close();
        }
        return 0;
    }
}
