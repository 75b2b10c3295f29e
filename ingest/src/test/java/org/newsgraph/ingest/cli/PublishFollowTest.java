package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.log.KafkaBroker;
import org.newsgraph.core.log.LogFixtures;
import org.newsgraph.core.log.PostMessage;
import org.newsgraph.core.log.Topics;

/** {@code publish --follow} against a real HTTP server and a real broker: reads that change are published whole, edits as new versions. */
class PublishFollowTest {
    /** Two posts of a regatta, as the page first shows them. */
    private static final String FIRST = """
            {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Harbour regatta",
             "url": "https://example.org/live/harbour-regatta",
             "liveBlogUpdate": [
              {"url": "https://example.org/live/harbour-regatta#r2", "headline": "Fog lifts",
               "datePublished": "2031-06-02T09:30:00Z", "articleBody": "The fog lifted over the bay."},
              {"url": "https://example.org/live/harbour-regatta#r1", "headline": "Boats gather",
               "datePublished": "2031-06-02T09:00:00Z", "articleBody": "Forty boats gathered at the pier."}
             ]}""";
    /** A third post on top, and the first post's count corrected. */
    private static final String SECOND = FIRST.replace("\"liveBlogUpdate\": [", """
            "liveBlogUpdate": [
              {"url": "https://example.org/live/harbour-regatta#r3", "headline": "Race starts",
               "datePublished": "2031-06-02T10:00:00Z", "articleBody": "The starting gun fired at ten."},""")
            .replace("Forty boats gathered", "Forty-two boats gathered");

    @TempDir
    Path folder;

    @Test
    void followingPublishesEachChangedReadWholeAndAnEditAsANewVersion() throws Exception {
        List<PostMessage> published;
        CommandRun run;
        int requests;
        try (KafkaBroker broker = KafkaBroker.start(folder.resolve("broker"));
             ChangingPage page = ChangingPage.serve("/live/harbour-regatta", FIRST, SECOND)) {
            run = CommandRun.of("publish", "--to", broker.bootstrapServers(), "--every", "200ms", "--times", "3",
                    "--follow", page.url());
            requests = page.requests();
            published = LogFixtures.readAll(broker.bootstrapServers(), Topics.POSTS).stream()
                    .map(r -> PostMessage.decode(r.value())).toList();
        }

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(3, requests);
        assertTrue(run.out().contains("2 new, 0 edited\nposts: 2 published"), run.out());
        assertTrue(run.out().contains("1 new, 1 edited\nposts: 3 published"), run.out());
        assertTrue(run.out().endsWith("no new or edited post\n"), run.out());
        assertEquals(5, published.size(), "two posts, then the changed page whole; nothing for the unchanged read");
        Map<String, List<PostMessage>> versions = published.stream()
                .collect(Collectors.groupingBy(m -> m.post().headline()));
        List<PostMessage> edited = versions.get("Boats gather");
        assertEquals(2, edited.size());
        assertNotEquals(edited.get(0).hash(), edited.get(1).hash(), "the edit is a new version");
        assertTrue(edited.get(1).readAt().isAfter(edited.get(0).readAt()), "read later, so it wins");
        assertTrue(edited.get(1).post().body().startsWith("Forty-two"));
        List<PostMessage> fog = versions.get("Fog lifts");
        assertEquals(fog.get(0).hash(), fog.get(1).hash(), "an unedited post keeps its hash; only its position moved");
    }

    @Test
    void pagesAndFollowTogetherAreAUsageError() {
        CommandRun run = CommandRun.of("publish", "--to", "localhost:1", "--follow", "http://localhost:1/live", "page.txt");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("give pages to publish, or --follow URL: not both"), run.err());
    }
}
