package org.newsgraph.ingest.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.core.store.RemoteGraphStore;
import org.newsgraph.core.store.Store;
import org.newsgraph.ingest.extract.StandardExtraction;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.IngestPipeline;
import org.newsgraph.ingest.pipeline.IngestReport;
import org.newsgraph.ingest.pipeline.PostSink;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.PlainTextLivePageReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph ingest}: reads live pages, extracts what they report and stores each post's graph,
 * in a TDB2 folder ({@code --store}) or at a running graph store ({@code --endpoint}).
 * <pre>
 *   newsgraph ingest --store data/tdb2 page.txt
 *   newsgraph ingest --endpoint http://localhost:8080/data --token s3cret page.txt   # while the service runs
 * </pre>
 * Remotely, IRIs are minted as a local ingest would mint them (see {@link RemoteGraphStore} for the limits).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads live pages, extracts people, places and events, and stores one graph per post.",
                "Ingesting the same page again changes nothing; an edited post replaces its old graph.",
                "With --endpoint, each post's graph is sent to a running newsgraph service or SPARQL 1.1 graph store."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every post was stored", "1:some posts were refused", "2:usage error or unreadable input"})
final class IngestCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    @Mixin
    BaseOption base;

    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:NEWSGRAPH_WRITE_TOKEN}",
            description = "The bearer token the --endpoint takes writes with (default: $NEWSGRAPH_WRITE_TOKEN).")
    String token;

    /** Where the graphs go: a TDB2 folder this process opens, or a graph store another process runs. */
    static final class Destination {
        @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 folder; created when it does not exist.")
        Path folder;

        @Option(names = "--endpoint", paramLabel = "URL", description = {
                "A SPARQL 1.1 Graph Store to PUT each post's graph to, while it holds the store:",
                "a newsgraph service (http://localhost:8080/data) or Fuseki (http://localhost:3030/ds/data)."})
        URI endpoint;
    }

    @Option(names = "--year", paramLabel = "YYYY",
            description = "The year of the posts, for pages that print dates without one.")
    Integer year;

    @Option(names = "--story-url", paramLabel = "URL", description = "Where the page was published.")
    String storyUrl;

    @Option(names = "--story-slug", paramLabel = "SLUG",
            description = "The story's identifier in IRIs (default: from the URL, else the file name).")
    String storySlug;

    @Option(names = "--no-extract", description = "Store the posts only, without extracting entities and events.")
    boolean noExtract;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Posts per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Live pages in the plain-text format.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private final Supplier<List<Extractor>> extraction;

    IngestCommand() {
        this(StandardExtraction::extractors);
    }

    IngestCommand(Supplier<List<Extractor>> extraction) {
        this.extraction = extraction;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageFiles read = PageFiles.read(files, PageFiles.options(spec, year, storyUrl, storySlug), err);
        ProgressBar bar = ProgressBar.onTerminal(err);
        IngestReport report;
        try {
            if (destination.endpoint != null) {
                RemoteGraphStore remote = RemoteGraphStore.connect(destination.endpoint, base.base,
                        Optional.ofNullable(token).filter(t -> !t.isBlank()));
                report = ingest(read.pages(), remote::write, bar);
            } else {
                try (Store target = Store.open(destination.folder, base.base)) {
                    report = ingest(read.pages(), target::write, bar);
                }
            }
        } finally {
            bar.finish();
        }
        report.problems().forEach(p -> err.println("newsgraph: " + p));
        print(out, report);
        if (read.unreadable() > 0 || report.pagesRefused() > 0) {
            return NewsgraphCommand.UNREADABLE;
        }
        return report.allStored() ? 0 : NewsgraphCommand.SOME_REFUSED;
    }

    private IngestReport ingest(List<PageSource> pages, PostSink sink, ProgressBar bar) {
        IngestPipeline.Builder pipeline = IngestPipeline.create()
                .reader(new PlainTextLivePageReader())
                .sink(sink)
                .batchSize(batch)
                .progress((page, done, total) -> bar.show(page, done, total));
        if (!noExtract) {
            extraction.get().forEach(pipeline::extractor);
        }
        return pipeline.build().ingest(pages);
    }

    private static void print(PrintWriter out, IngestReport report) {
        out.printf("posts: %d read, %d written, %d unchanged, %d refused; %d triples%n",
                report.read(), report.written(), report.unchanged(), report.refused(), report.triples());
        if (report.pagesRefused() > 0) {
            out.printf("pages refused: %d%n", report.pagesRefused());
        }
        if (!report.warnings().isEmpty()) {
            out.println("warnings: " + report.warnings());
        }
        StringBuilder stages = new StringBuilder("time:");
        report.stages().forEach((stage, time) -> stages.append(' ').append(stage).append(' ').append(seconds(time)));
        out.println(stages);
    }

    private static String seconds(Duration d) {
        return String.format("%.2fs", d.toNanos() / 1e9);
    }
}
