package org.newsgraph.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.ingest.remote.RemoteGraphStore;
import org.newsgraph.core.store.Store;
import org.newsgraph.ingest.extract.StandardExtraction;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.IngestPipeline;
import org.newsgraph.ingest.pipeline.IngestReport;
import org.newsgraph.ingest.pipeline.PostSink;
import org.newsgraph.ingest.read.PageFormat;
import org.newsgraph.ingest.read.ReadOptions;
import org.newsgraph.ingest.read.ReaderRegistry;
import org.newsgraph.ingest.read.StoryReader;
import org.newsgraph.ingest.read.WebPages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph ingest}: reads live pages, extracts what they report and stores each post's graph,
 * in a TDB2 folder ({@code --store}) or at a running graph store ({@code --endpoint}).
 * <pre>
 *   newsgraph ingest --store data/tdb2 page.txt summit.html feed.rss https://example.org/live/summit
 *   newsgraph ingest --store data/tdb2 --follow https://example.org/live/summit --every 60s
 *   newsgraph ingest --store data/tdb2 --watch inbox/
 *   newsgraph ingest --endpoint http://localhost:8080/data --token s3cret page.txt   # while the service runs
 * </pre>
 * Remotely, IRIs are minted as a local ingest would mint them (see {@link RemoteGraphStore} for the limits).
 * <p>
 * Longer than 300 lines because a picocli command carries its options as fields: most of its
 * lines are the declarations and help of the ingest options.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads live pages, extracts people, places and events, and stores one graph",
                "per post. A page is a file or an http(s) URL: plain text, LiveBlogPosting",
                "JSON-LD, HTML, RSS or Atom, told by its content, then its Content-Type, then",
                "its extension (or --format). Ingesting the same page again changes nothing;",
                "an edited post replaces its old graph.",
                "--follow reads one URL every interval and ingests it when a post is new or",
                "edited; --watch ingests files as they arrive in a folder. Both run until",
                "Ctrl-C or --times.",
                "With --endpoint, each post's graph is sent to a running newsgraph service or",
                "SPARQL 1.1 graph store."},
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
            description = "The year of the posts, for plain-text pages that print dates without one.")
    Integer year;

    @Option(names = "--story-url", paramLabel = "URL",
            description = "Where the page was published (default: the URL the page gives, else the one fetched).")
    String storyUrl;

    @Option(names = "--story-slug", paramLabel = "SLUG",
            description = "The story's identifier in IRIs (default: from the URL, else the file name).")
    String storySlug;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every page as text, jsonld, html, rss or atom (default: told by each page).")
    String format;

    @Option(names = "--follow", paramLabel = "URL",
            description = "Read this page again every --every and ingest it whenever a post is new or edited.")
    String follow;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Ingest the files in this folder, then each file that arrives, once its size is stable.")
    Path watch;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "60s", converter = IntervalConverter.class,
            description = "How often --follow reads the page: 60s, 5m, 1h (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--times", paramLabel = "N", defaultValue = "0",
            description = "Stop --follow after N reads, --watch after N files (default: run until Ctrl-C).")
    int times;

    @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "1s", converter = IntervalConverter.class,
            description = "How long a watched file must keep its size before it is read (default: ${DEFAULT-VALUE}).")
    Duration settle;

    @Option(names = "--no-extract", description = "Store the posts only, without extracting entities and events.")
    boolean noExtract;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Posts per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Parameters(paramLabel = "PAGE", arity = "0..*", description = "Live pages: files or http(s) URLs.")
    List<String> pages = List.of();

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
        int modes = (pages.isEmpty() ? 0 : 1) + (follow == null ? 0 : 1) + (watch == null ? 0 : 1);
        if (modes != 1) {
            throw new ParameterException(spec.commandLine(),
                    "give pages to ingest, or --follow URL, or --watch DIR: " + (modes == 0 ? "none was given" : "only one"));
        }
        if (follow != null && !WebPages.isWebAddress(follow)) {
            throw new ParameterException(spec.commandLine(), "--follow takes an http(s) URL: " + follow);
        }
        if (watch != null && !Files.isDirectory(watch)) {
            throw new ParameterException(spec.commandLine(), "--watch takes a folder: " + watch);
        }
        ParseResult given = spec.commandLine().getParseResult();
        requireMode(given, "--every", follow != null, "--follow");
        requireMode(given, "--settle", watch != null, "--watch");
        requireMode(given, "--times", follow != null || watch != null, "--follow or --watch");
        if (times < 0) {
            throw new ParameterException(spec.commandLine(), "--times counts from 1 (0: until Ctrl-C): " + times);
        }
        ReadOptions options = PageFiles.options(spec, year, storyUrl, storySlug);
        StoryReader reader = reader();
        // Made per run, not per command object: picocli builds every subcommand for any command line.
        WebPages web = WebPages.standard();
        if (destination.endpoint != null) {
            RemoteGraphStore remote = RemoteGraphStore.connect(destination.endpoint, base.base,
                    Optional.ofNullable(token).filter(t -> !t.isBlank()));
            return run(options, reader, web, remote::write);
        }
        try (Store target = Store.open(destination.folder, base.base)) {
            return run(options, reader, web, target::write);
        }
    }

    /** An option of one mode given without it is a mistake worth saying, not ignoring. */
    private void requireMode(ParseResult given, String option, boolean inMode, String mode) {
        if (given.hasMatchedOption(option) && !inMode) {
            throw new ParameterException(spec.commandLine(), option + " goes with " + mode);
        }
    }

    private StoryReader reader() {
        ReaderRegistry registry = ReaderRegistry.standard();
        if (format == null) {
            return registry;
        }
        return registry.fixed(PageFormat.labelled(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format is one of text, jsonld, html, rss, atom: " + format)));
    }

    private int run(ReadOptions options, StoryReader reader, WebPages web, PostSink sink) {
        if (follow != null) {
            return follow(options, reader, web, sink);
        }
        if (watch != null) {
            return watch(options, reader, web, sink);
        }
        PrintWriter err = spec.commandLine().getErr();
        PageFiles read = PageFiles.read(pages, options, web, err);
        ProgressBar bar = ProgressBar.onTerminal(err);
        IngestReport report;
        try {
            report = pipeline(reader, sink, bar).ingest(read.pages());
        } finally {
            bar.finish();
        }
        return outcome(report, read.unreadable());
    }

    /** Reads the URL every interval; ingests the whole page when a post is new or edited, for story-wide extraction. */
    private int follow(ReadOptions options, StoryReader reader, WebPages web, PostSink sink) {
        PrintWriter err = spec.commandLine().getErr();
        IngestPipeline pipeline = pipeline(reader, sink, ProgressBar.onTerminal(err));
        return new PageFollower(URI.create(follow), every, times, options, reader, web)
                .run(spec.commandLine().getOut(), err, (page, posts, change) -> {
                    IngestReport report = pipeline.ingest(List.of(page));
                    return new PageFollower.Handled(outcome(report, 0), report.pagesRefused() == 0);
                });
    }

    /** Ingests the files already in the folder and each one that arrives. */
    private int watch(ReadOptions options, StoryReader reader, WebPages web, PostSink sink) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestPipeline pipeline = pipeline(reader, sink, ProgressBar.onTerminal(err));
        int[] worst = {0};
        StopSignal stop = StopSignal.onShutdown();
        try {
            out.println("watching " + watch + " (Ctrl-C stops)");
            out.flush();
            new FolderWatch(watch, settle).run(file -> {
                out.printf("%s %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), file.getFileName());
                PageFiles read = PageFiles.read(List.of(file.toString()), options, web, err);
                worst[0] = Math.max(worst[0], outcome(pipeline.ingest(read.pages()), read.unreadable()));
                out.flush();
            }, stop, times);
        } catch (IOException e) {
            err.println("newsgraph: " + watch + ": cannot be watched (" + e + ")");
            return NewsgraphCommand.UNREADABLE;
        } finally {
            stop.close();
        }
        return worst[0];
    }

    private IngestPipeline pipeline(StoryReader reader, PostSink sink, ProgressBar bar) {
        IngestPipeline.Builder pipeline = IngestPipeline.create()
                .reader(reader)
                .sink(sink)
                .batchSize(batch)
                .progress((page, done, total) -> {
                    bar.show(page, done, total);
                    if (done == total) {
                        bar.finish();
                    }
                });
        if (!noExtract) {
            extraction.get().forEach(pipeline::extractor);
        }
        return pipeline.build();
    }

    /** Prints the report; the exit code it calls for. */
    private int outcome(IngestReport report, int unreadable) {
        PrintWriter out = spec.commandLine().getOut();
        report.problems().forEach(p -> spec.commandLine().getErr().println("newsgraph: " + p));
        print(out, report);
        if (unreadable > 0 || report.pagesRefused() > 0) {
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
