package org.newsgraph.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.core.store.Store;
import org.newsgraph.ingest.extract.StandardExtraction;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.IngestPipeline;
import org.newsgraph.ingest.pipeline.IngestReport;
import org.newsgraph.ingest.read.PlainTextLivePageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph ingest}: reads live pages, extracts what they report and stores each post's graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads live pages, extracts people, places and events, and stores one graph per post.",
                "Ingesting the same page again changes nothing; an edited post replaces its old graph."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every post was stored", "1:some posts were refused", "2:usage error or unreadable input"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

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
        try (Store target = store.open()) {
            IngestPipeline.Builder pipeline = IngestPipeline.create()
                    .reader(new PlainTextLivePageReader())
                    .target(target)
                    .batchSize(batch)
                    .progress((page, done, total) -> bar.show(page, done, total));
            if (!noExtract) {
                extraction.get().forEach(pipeline::extractor);
            }
            report = pipeline.build().ingest(read.pages());
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
