package org.newsgraph.ingest.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.kafka.PostPublisher;
import org.newsgraph.ingest.read.PageRefused;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.ReadOptions;
import org.newsgraph.ingest.read.ReadResult;
import org.newsgraph.ingest.read.ReaderRegistry;
import org.newsgraph.ingest.read.WebPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;

/**
 * {@code newsgraph publish}: reads live pages and puts each post on {@code newsgraph.posts}, for the
 * extraction workers ({@code newsgraph extract}).
 * <pre>
 *   newsgraph publish --to localhost:9092 --year 2025 page.txt summit.html https://example.org/live/summit
 *   newsgraph publish --to localhost:9092 --follow https://example.org/live/summit --every 60s
 * </pre>
 * Following, a read in which a post is new or edited is published whole, as {@code ingest --follow}
 * ingests it whole (positions move as posts are added above); the workers tell from each post's
 * content hash and position which posts changed, and an edited post's later read wins.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Reads live pages and publishes each post to the topic newsgraph.posts of a Kafka",
                "broker, keyed by story, for extraction workers (newsgraph extract) to extract.",
                "--follow reads one URL every interval and publishes it when a post is new or",
                "edited, until Ctrl-C or --times."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every post was published", "1:some posts were refused by their readers",
                "2:usage error, unreadable input or no broker"})
final class PublishCommand implements Callable<Integer> {
    @Option(names = "--to", paramLabel = "SERVERS", required = true,
            description = "The Kafka bootstrap servers: host:port[,host:port...].")
    String servers;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "The year of the posts, for plain-text pages that print dates without one.")
    Integer year;

    @Option(names = "--story-url", paramLabel = "URL", description = "Where the page was published.")
    String storyUrl;

    @Option(names = "--story-slug", paramLabel = "SLUG", description = "The story's identifier in IRIs.")
    String storySlug;

    @Option(names = "--follow", paramLabel = "URL",
            description = "Read this page again every --every and publish it whenever a post is new or edited.")
    String follow;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "60s", converter = IntervalConverter.class,
            description = "How often --follow reads the page: 60s, 5m, 1h (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--times", paramLabel = "N", defaultValue = "0",
            description = "Stop --follow after N reads (default: run until Ctrl-C).")
    int times;

    @Parameters(paramLabel = "PAGE", arity = "0..*", description = "Live pages: files or http(s) URLs.")
    List<String> pages = List.of();

    @Mixin
    Console console;

    @Override
    public Integer call() {
        if (pages.isEmpty() == (follow == null)) {
            throw new ParameterException(console.command().commandLine(),
                    "give pages to publish, or --follow URL: " + (pages.isEmpty() ? "none was given" : "not both"));
        }
        if (follow != null && !WebPages.isWebAddress(follow)) {
            throw new ParameterException(console.command().commandLine(), "--follow takes an http(s) URL: " + follow);
        }
        if (follow == null && (console.command().commandLine().getParseResult().hasMatchedOption("--every")
                || console.command().commandLine().getParseResult().hasMatchedOption("--times"))) {
            throw new ParameterException(console.command().commandLine(), "--every and --times go with --follow");
        }
        if (times < 0) {
            throw new ParameterException(console.command().commandLine(), "--times counts from 1 (0: until Ctrl-C): " + times);
        }
        ReadOptions options = PageFiles.options(console.command(), year, storyUrl, storySlug);
        try (PostPublisher publisher = PostPublisher.connect(servers)) {
            return follow == null ? publish(options, publisher) : follow(options, publisher);
        }
    }

    private int publish(ReadOptions options, PostPublisher publisher) {
        PageFiles read = PageFiles.read(pages, options, WebPages.standard(), console.err());
        ReaderRegistry reader = ReaderRegistry.standard();
        int published = 0;
        int refused = 0;
        for (PageSource page : read.pages()) {
            try {
                ReadResult result = reader.read(page);
                result.problems().forEach(p -> console.problem(p.describe(page.name())));
                refused += result.problems().size();
                published += publisher.publish(result.posts());
            } catch (PageRefused e) {
                console.problem(e.getMessage());
                refused++;
            }
        }
        console.out().printf("posts: %d published, %d refused%n", published, refused);
        if (read.unreadable() > 0) {
            return NewsgraphCommand.UNREADABLE;
        }
        return refused > 0 ? NewsgraphCommand.SOME_REFUSED : 0;
    }

    /** Publishes the page whole at each read in which a post is new or edited. */
    private int follow(ReadOptions options, PostPublisher publisher) {
        PrintWriter out = console.out();
        return new PageFollower(URI.create(follow), every, times, options, ReaderRegistry.standard(), WebPages.standard())
                .run(out, console.err(), (page, posts, change) -> {
                    out.printf("posts: %d published%n", publisher.publish(posts));
                    return new PageFollower.Handled(0, true);
                });
    }
}
