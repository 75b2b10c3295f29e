package org.newsgraph.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.Post;

/** Each reader on the sample page of its format in {@code ingest/samples}, chosen by the registry. */
class SampleReadersTest {
    private static final Path SAMPLES = Path.of("samples");
    private final ReaderRegistry registry = ReaderRegistry.standard();

    private ReadResult read(String file) throws IOException {
        return registry.read(LivePageFiles.source(SAMPLES.resolve(file), ReadOptions.none()));
    }

    private static List<String> headlines(ReadResult result) {
        return result.posts().stream().map(Post::headline).toList();
    }

    @Test
    void everySampleIsReadByTheReaderOfItsFormat() throws IOException {
        Map<String, Class<? extends StoryReader>> readers = Map.of(
                "north-atlantic-fisheries-talks.txt", PlainTextLivePageReader.class,
                "arctic-shipping-talks.jsonld", LiveBlogJsonLdReader.class,
                "river-delta-flood-relief.html", HtmlPageReader.class,
                "grain-corridor-talks.rss", RssFeedReader.class,
                "alpine-water-treaty.atom", AtomFeedReader.class);
        for (Map.Entry<String, Class<? extends StoryReader>> sample : readers.entrySet()) {
            PageSource page = LivePageFiles.source(SAMPLES.resolve(sample.getKey()), ReadOptions.none());
            assertInstanceOf(sample.getValue(), registry.readerFor(page), sample.getKey());
            ReadResult result = registry.read(page);
            assertEquals(List.of(), result.problems(), sample.getKey());
            assertTrue(result.posts().size() >= 4, sample.getKey() + ": " + result.posts().size() + " posts");
        }
    }

    @Test
    void jsonLdUpdatesArePostsWithTheirOwnIds() throws IOException {
        ReadResult result = read("arctic-shipping-talks.jsonld");

        assertEquals("arctic-shipping-talks", result.story().slug());
        assertEquals("Live: Arctic shipping talks in Tromsø", result.story().title());
        assertEquals(Optional.of("https://news.example.org/live/arctic-shipping-talks"), result.story().url());
        assertEquals(List.of("update-4", "update-3", "update-2", "update-1"),
                result.posts().stream().map(Post::id).toList());
        Post pledge = result.posts().get(1);
        assertEquals("Norway pledges money for a rescue fleet", pledge.headline());
        assertEquals(OffsetDateTime.parse("2026-04-14T13:40:00+02:00"), pledge.publishedAt());
        assertEquals("Norway pledged $40m to a joint Arctic rescue fleet, Foreign Minister Ingrid Solberg-Vik announced."
                + "\n\nThe money will pay for two icebreaking tugs based in Svalbard until 2030.", pledge.body());
        assertEquals(List.of(new Byline("Tove Lindqvist", Optional.of("Nordic correspondent, in Tromsø"))), pledge.authors());
        assertEquals(List.of(new Image("A rescue tug in Tromsø harbour", Optional.of("Harbour Pictures"))), pledge.images());
        assertEquals(List.of(new Byline("Tove Lindqvist", Optional.empty())), result.posts().get(2).authors());
        assertEquals(List.of(), result.posts().get(3).authors());
        assertEquals(2, result.posts().get(0).body().split("\n\n").length);
        assertEquals(List.of(9, 17, 27, 35), result.posts().stream().map(Post::line).toList(), "the lines of the updates");
        assertEquals(List.of(1, 2, 3, 4), result.posts().stream().map(Post::position).toList());
    }

    @Test
    void htmlArticlesArePostsWhenThePageEmbedsNoJsonLd() throws IOException {
        ReadResult result = read("river-delta-flood-relief.html");

        assertEquals("river-delta-flood-relief", result.story().slug());
        assertEquals("Live: Flood relief for the river delta", result.story().title());
        assertEquals(List.of("India sends rescue boats", "Opposition accuses government of slow response",
                "World Bank pledges emergency funding", "Prime minister meets relief agencies"), headlines(result),
                "the stream's wrapping <article> is no post");
        assertEquals(List.of("post-4", "post-3", "post-2", "post-1"), result.posts().stream().map(Post::id).toList());
        Post accusation = result.posts().get(1);
        assertEquals(List.of(new Byline("Arif Chowdhury", Optional.of("South Asia reporter, in Dhaka"))),
                accusation.authors());
        assertTrue(accusation.body().startsWith("Opposition leader Nasreen Kabir accused"), accusation.body());
        assertEquals(2, accusation.body().split("\n\n").length, accusation.body());
        Post pledge = result.posts().get(2);
        assertEquals(List.of(new Image("Volunteers stack sandbags near Khulna", Optional.of("Delta Photo Agency"))),
                pledge.images());
        assertEquals("The World Bank pledged $250m in emergency funding to Bangladesh for shelters and water pumps."
                + "\n\nThe first tranche will arrive next week.\n\nLocal councils will decide where the pumps go.",
                pledge.body());
        assertEquals(OffsetDateTime.parse("2026-05-02T13:10:00+06:00"), pledge.publishedAt());
        assertEquals(30, pledge.line(), "the line of its <article>");
    }

    @Test
    void rssItemsArePostsOfTheChannel() throws IOException {
        ReadResult result = read("grain-corridor-talks.rss");

        assertEquals("grain-corridor-talks", result.story().slug());
        assertEquals("Live: Grain corridor talks in Istanbul", result.story().title());
        assertEquals(List.of("grain-talks-0005", "grain-talks-0004", "grain-talks-0003", "grain-talks-0002"),
                result.posts().stream().map(Post::id).toList());
        Post strike = result.posts().get(1);
        assertEquals(OffsetDateTime.parse("2026-06-11T13:20:00+03:00"), strike.publishedAt());
        assertEquals("Ukraine's Agriculture Minister Oksana Melnyk accused Russia of striking a grain terminal in Odesa"
                + " overnight.\n\nWe could not independently verify the claim.", strike.body());
        assertEquals(List.of(new Image("Smoke above the port of Odesa", Optional.of("Coast Wire"))), strike.images());
        assertEquals(List.of(new Byline("Selin Aydın", Optional.empty())), result.posts().get(2).authors(),
                "the name in brackets after the address");
        assertEquals(2, result.posts().get(3).body().split("\n\n").length);
    }

    @Test
    void atomEntriesArePostsOfTheFeed() throws IOException {
        ReadResult result = read("alpine-water-treaty.atom");

        assertEquals("alpine-water-treaty", result.story().slug());
        assertEquals(Optional.of("https://news.example.org/live/alpine-water-treaty"), result.story().url());
        assertEquals(List.of("entry-4", "entry-3", "entry-2", "entry-1"), result.posts().stream().map(Post::id).toList());
        assertEquals("\"We are one paragraph away from an agreement,\" Swiss Environment Minister Beat Wyss told reporters.",
                result.posts().get(0).body(), "XHTML content");
        assertEquals("Italian Environment Minister Giulia Ferrante accused Austria of taking too much water from the Inn"
                + " for its reservoirs.\n\nAustria's delegation denied the claim.", result.posts().get(1).body());
        assertTrue(result.posts().get(3).body().startsWith("Beat Wyss met Giulia Ferrante"), "the summary");
        assertEquals(List.of(new Byline("Lena Graf", Optional.empty())), result.posts().get(0).authors());
    }
}
