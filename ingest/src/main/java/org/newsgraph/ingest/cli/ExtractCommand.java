package org.newsgraph.ingest.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.core.log.GraphFormat;
import org.newsgraph.ingest.extract.StandardExtraction;
import org.newsgraph.ingest.kafka.ExtractionWorker;
import org.newsgraph.ingest.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code newsgraph extract}: one extraction worker of the group; runs until Ctrl-C.
 * <pre>
 *   newsgraph extract --from localhost:9092 --to localhost:9092 --id w1
 *   newsgraph extract --from localhost:9092 --id w2 --format rdf-patch
 * </pre>
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Runs one extraction worker: consumes newsgraph.posts in the consumer group",
                "newsgraph-extract, extracts each story with a new or edited post, and publishes each",
                "post's graph to newsgraph.graphs, exactly once. Start as many as there are cores to",
                "spare, each with its own --id; runs until Ctrl-C."})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "SERVERS", required = true, description = "The Kafka bootstrap servers to read posts from.")
    String from;

    @Option(names = "--to", paramLabel = "SERVERS", description = {"Where the graphs go (default: --from); the same cluster,",
            "since a batch's graphs and its consumed offsets are one transaction."})
    String to;

    @Option(names = "--id", paramLabel = "NAME", required = true,
            description = "This worker's name, unique in the group and the same when it is restarted.")
    String id;

    @Option(names = "--no-extract", description = "Publish the posts' graphs without extracting entities and events.")
    boolean noExtract;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nquads", converter = FormatName.class,
            description = "How graph messages are written: nquads or rdf-patch (default: ${DEFAULT-VALUE}).")
    GraphFormat format;

    @Mixin
    BaseOption base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (to != null && !to.equals(from)) {
            throw new ParameterException(spec.commandLine(), "--to must be the cluster of --from (" + from
                    + "): a batch's graphs and offsets commit in one Kafka transaction");
        }
        Supplier<List<Extractor>> extraction = noExtract ? List::of : StandardExtraction::extractors;
        StopSignal stop = StopSignal.onShutdown();
        try (ExtractionWorker worker = ExtractionWorker.create(from, id, base.base, extraction, format)) {
            Thread stopper = new Thread(() -> {
                stop.await(Duration.ofDays(36500));
                worker.close();
            }, "stop-" + id);
            stopper.setDaemon(true);
            stopper.start();
            spec.commandLine().getOut().printf("worker %s: consuming newsgraph.posts at %s (Ctrl-C stops)%n", id, from);
            spec.commandLine().getOut().flush();
            worker.run();
            spec.commandLine().getOut().printf("worker %s: %d posts, %d graphs, %d dead letters%n",
                    id, worker.posts(), worker.graphs(), worker.deadLetters());
        } finally {
            stop.close();
        }
        return 0;
    }

    /** A format by its name on the command line: the constant's name in lower case, dashes for underscores. */
    static final class FormatName implements ITypeConverter<GraphFormat> {
        @Override
        public GraphFormat convert(String name) {
            try {
                return GraphFormat.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("nquads or rdf-patch, not " + name);
            }
        }
    }
}
