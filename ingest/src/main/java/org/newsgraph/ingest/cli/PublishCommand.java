package org.newsgraph.ingest.cli;

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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;

/**
 * {@code newsgraph publish}: reads live pages and puts each post on {@code newsgraph.posts}, for the
 * extraction workers ({@code newsgraph extract}).
 * <pre>
 *   newsgraph publish --to localhost:9092 --year 2025 page.txt summit.html https://example.org/live/summit
 * </pre>
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Reads live pages and publishes each post to the topic newsgraph.posts of a Kafka",
                "broker, keyed by story, for extraction workers (newsgraph extract) to extract."},
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

    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Live pages: files or http(s) URLs.")
    List<String> pages;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        ReadOptions options = PageFiles.options(console.command(), year, storyUrl, storySlug);
        PageFiles read = PageFiles.read(pages, options, WebPages.standard(), console.err());
        ReaderRegistry reader = ReaderRegistry.standard();
        int published = 0;
        int refused = 0;
        try (PostPublisher publisher = PostPublisher.connect(servers)) {
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
        }
        console.out().printf("posts: %d published, %d refused%n", published, refused);
        if (read.unreadable() > 0) {
            return NewsgraphCommand.UNREADABLE;
        }
        return refused > 0 ? NewsgraphCommand.SOME_REFUSED : 0;
    }
}
