package org.newsgraph.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.Post;

/** The plain-text reader on made-up pages under {@code src/test/resources/read}. */
class PlainTextLivePageReaderTest {
    private final StoryReader reader = new PlainTextLivePageReader();

    @Test
    void takesTheYearFromAFullDateOnAPostsDay() throws Exception {
        ReadResult result = read("harbour-winter.txt", ReadOptions.none());

        assertEquals(List.of(), result.problems());
        assertEquals(4, result.posts().size());
        Post first = result.posts().get(0);
        assertEquals("Ferry crossings to resume on Thursday", first.headline());
        // "3 March 2027" comes first on the page but falls on no post's day.
        assertEquals(OffsetDateTime.parse("2031-01-14T16:40Z"), first.publishedAt());
        assertEquals(ZoneOffset.UTC, first.publishedAt().getOffset());
        assertEquals(5, first.line());
        assertEquals(List.of(1, 2, 3, 4), result.posts().stream().map(Post::position).toList());
    }

    @Test
    void namesTheStoryAfterTheFileUnlessToldOtherwise() throws Exception {
        ReadResult plain = read("harbour-winter.txt", ReadOptions.none());
        assertEquals("harbour-winter", plain.story().slug());
        assertEquals("harbour-winter", plain.story().title());
        assertEquals(Optional.empty(), plain.story().url());

        String url = "https://example.org/news/live/port-alder-storm-2031/";
        ReadResult fromUrl = read("harbour-winter.txt", ReadOptions.none().withStoryUrl(url));
        assertEquals("port-alder-storm-2031", fromUrl.story().slug());
        assertEquals(Optional.of(url), fromUrl.story().url());
        assertEquals(fromUrl.story(), fromUrl.posts().get(0).story());

        ReadResult given = read("harbour-winter.txt", ReadOptions.none().withStoryUrl(url).withStorySlug("alder"));
        assertEquals("alder", given.story().slug());
    }

    @Test
    void numbersPostsOfOneMinuteOldestFirst() throws Exception {
        List<Post> posts = read("harbour-winter.txt", ReadOptions.none()).posts();

        assertEquals("203101141640", posts.get(0).id());
        assertEquals("203101141510-2", posts.get(1).id());
        assertEquals("203101141510", posts.get(2).id());
        assertEquals("203101140802", posts.get(3).id());
    }

    @Test
    void separatesBylineImagesParagraphsAndBullets() throws Exception {
        List<Post> posts = read("harbour-winter.txt", ReadOptions.none()).posts();

        assertEquals(List.of(new Byline("Marta Quillfeather", Optional.of("Transport reporter, in Port Alder"))),
                posts.get(0).authors());
        assertEquals("The harbour master said the storm barrier, built after the flood of 3 March 2027, would open at dawn."
                + "\n\nTicket holders from Tuesday can travel without paying again, as promised in 2029.", posts.get(0).body());

        assertEquals("A notice dated 14 January 2031 sets out the order:\n\nThe north quay, for fishing boats"
                + "\n\nThe ferry ramp, once divers have checked it\n\nThe promenade cafés, last", posts.get(1).body());

        Post divers = posts.get(2);
        assertEquals(List.of(new Image("Two divers in orange suits on the slipway", Optional.of("Port Alder Gazette"))),
                divers.images());
        // One paragraph over two lines; the stream-page line below it is furniture.
        assertEquals("Divers went down at low tide to look for cracks.\nThey are expected back within the hour.",
                divers.body());
    }

    @Test
    void keepsNamesGluedToCreditsAsCaptionsAndShortParagraphsAsText() throws Exception {
        Post barrier = read("harbour-winter.txt", ReadOptions.none()).posts().get(3);

        assertEquals("Storm barrier holds overnight", barrier.headline());
        assertEquals(List.of(new Image("Keeper Ostrander", Optional.of("Harbour Trust"))), barrier.images());
        // A capitalised line over a sentence, and a one-line paragraph, are no bylines.
        assertEquals(List.of(), barrier.authors());
        assertEquals("Quiet Night Ahead\nForecasters expect calmer seas by midnight.\n\nOr so it seems."
                + "\n\nEngineers called it “a textbook\u00A0night”.", barrier.body());
    }

    @Test
    void marksBreakingPostsOnly() throws Exception {
        List<Post> posts = read("harbour-winter.txt", ReadOptions.none()).posts();

        assertEquals(List.of(false, false, true, false), posts.stream().map(Post::breaking).toList());
    }

    @Test
    void refusesAPageWithoutYearAndAsksForOne() throws Exception {
        PageRefused refused = assertThrows(PageRefused.class, () -> read("kites-no-year.txt", ReadOptions.none()));

        assertTrue(refused.getMessage().startsWith("kites-no-year.txt: line 3: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("no year"), refused.getMessage());
        assertTrue(refused.getMessage().contains("--year"), refused.getMessage());

        ReadResult withYear = read("kites-no-year.txt", ReadOptions.none().withYear(2031));
        assertEquals(OffsetDateTime.parse("2031-08-09T11:20+01:00"), withYear.posts().get(0).publishedAt());
    }

    @Test
    void leavesOutBadPostsAndKeepsTheOthers() throws Exception {
        ReadResult result = read("seaside-bad-posts.txt", ReadOptions.none().withYear(2030));

        assertEquals(List.of("Lighthouse keeper retires", "Choir practises on the pier"),
                result.posts().stream().map(Post::headline).toList());
        assertEquals(List.of(1, 5), result.posts().stream().map(Post::position).toList());
        assertEquals(List.of(6, 11, 15), result.problems().stream().map(ReadProblem::line).toList());

        ReadProblem garbled = result.problems().get(0);
        assertTrue(garbled.message().contains("25:99") && garbled.message().contains("not a time of day"),
                garbled.message());
        assertEquals("seaside-bad-posts.txt: line 6: " + garbled.message(), garbled.describe("seaside-bad-posts.txt"));

        String missing = result.problems().get(1).message();
        assertTrue(missing.contains("no UTC time line"), missing);

        String mismatch = result.problems().get(2).message();
        assertTrue(mismatch.contains("disagree") && mismatch.contains("line 16") && mismatch.contains("08:00 UTC"),
                mismatch);
    }

    @Test
    void refusesAnEmptyFile() {
        PageRefused refused = assertThrows(PageRefused.class, () -> reader.read(PageSource.of("empty.txt", "")));

        assertEquals("empty.txt: the file is empty", refused.getMessage());
        assertTrue(refused.line().isEmpty());
    }

    @Test
    void refusesAFileWithoutPosts() {
        String text = "Notes for the weekend desk\n\n1. Ring the ferry office\n2. Check the tide tables\n";
        PageRefused refused = assertThrows(PageRefused.class, () -> reader.read(PageSource.of("notes.txt", text)));

        assertTrue(refused.getMessage().startsWith("notes.txt: line 1: no post in its 4 line(s)"), refused.getMessage());
        assertEquals(1, refused.line().getAsInt());
    }

    @Test
    void refusesBinaryDataNamingTheLine() {
        String nul = "first line\nsecond line\nthird\u0000\u0001\u0002 line\n";
        PageRefused withNul = assertThrows(PageRefused.class, () -> reader.read(PageSource.of("photo.jpg", nul)));
        assertTrue(withNul.getMessage().startsWith("photo.jpg: line 3: "), withNul.getMessage());
        assertTrue(withNul.getMessage().contains("not text"), withNul.getMessage());

        String controls = "ok\r\n" + "\u0007\u0008\u001B\uFFFD".repeat(10);
        PageRefused withControls = assertThrows(PageRefused.class, () -> reader.read(PageSource.of("x.bin", controls)));
        assertTrue(withControls.getMessage().startsWith("x.bin: line 2: 40 of its 44 characters"), withControls.getMessage());
        assertTrue(withControls.getMessage().contains("not text"), withControls.getMessage());
    }

    @Test
    void refusesATenMegabyteLineWithoutPosts() {
        // Starts like a header and repeats "published at" with digits, to tempt a backtracking pattern.
        String line = "  1. " + "published at 1 April ".repeat(500_000) + "published at the end";
        PageRefused refused = assertThrows(PageRefused.class, () -> reader.read(PageSource.of("huge.txt", line)));

        assertTrue(refused.getMessage().startsWith("huge.txt: line 1: no post"), refused.getMessage());
    }

    @Test
    void keepsAMegabyteLineInsideAPost() {
        String longLine = "tide ".repeat(400_000);
        String text = "  1. Long tide tablepublished at 07:00 GMT 3 February\r\n    published at 07:00 3 February\r\n\r\n"
                + "    " + longLine + "\r\n\r\n    Printed on 3 February 2032.\r\n";
        ReadResult result = reader.read(PageSource.of("tides.txt", text));

        Post post = result.posts().get(0);
        assertEquals(longLine.strip() + "\n\nPrinted on 3 February 2032.", post.body());
        assertEquals(2032, post.publishedAt().getYear());
    }

    @Test
    void takesTheYearFromAnAmericanFullDate() {
        String text = "Updated January 14, 2031\n\n  1. Gulls return to the quaypublished at 06:15 GMT 14 January\n"
                + "    published at 06:15 14 January\n\n    Hundreds of them, by the fish market.\n";
        ReadResult result = reader.read(PageSource.of("gulls.txt", text));

        assertEquals(OffsetDateTime.parse("2031-01-14T06:15Z"), result.posts().get(0).publishedAt());
    }

    @Test
    void refusesA29FebruaryThatTheYearLacks() {
        String text = "  1. Leap day fairpublished at 12:00 GMT 29 February\n    published at 12:00 29 February\n";
        ReadResult result = reader.read(new PageSource("fair.txt", text, ReadOptions.none().withYear(2031)));

        assertEquals(List.of(), result.posts());
        assertEquals(List.of(new ReadProblem(1, "29 February is not a date in 2031")), result.problems());
    }

    private ReadResult read(String fixture, ReadOptions options) throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/read/" + fixture).toURI());
        return reader.read(LivePageFiles.source(file, options));
    }
}
