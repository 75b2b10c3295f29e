package org.newsgraph.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Post;

/**
 * The plain-text reader on the development page in the shared folder, checked against its
 * gold annotation. Skipped when the shared folder (system property {@code newsgraph.shared},
 * set by surefire) is absent.
 */
class PlainTextLivePageReaderSeedTest {
    private static final String SEED = "000_c97fd6970134bff4.txt";

    private static Path seedFile;
    private static PageSource seed;
    private static List<String> seedLines;
    private static ReadResult result;
    private static List<JsonObject> gold;

    @BeforeAll
    static void readSeed() throws IOException {
        String shared = System.getProperty("newsgraph.shared");
        seedFile = shared == null ? null : Path.of(shared, "seeds", SEED);
        if (seedFile == null || !Files.isRegularFile(seedFile)) {
            return;
        }
        seed = LivePageFiles.source(seedFile, ReadOptions.none().withYear(2025));
        seedLines = seed.text().lines().toList();
        result = new PlainTextLivePageReader().read(seed);
        gold = JSON.read(Path.of(shared, "eval", "seed-gold.json").toString())
                .get("posts").getAsArray().stream().map(JsonValue::getAsObject).toList();
    }

    /** Each test, not the class, is skipped, so that the skips and their reason show in the build's report. */
    @BeforeEach
    void requireSeed() {
        Assumptions.assumeTrue(result != null,
                "seed test skipped: no seed page at " + seedFile + " (set system property newsgraph.shared)");
    }

    @Test
    void readsEveryPostWithoutProblems() {
        assertEquals(List.of(), result.problems());
        assertEquals(gold.size(), result.posts().size());
        assertEquals(20, result.posts().size());
        assertEquals("000-c97fd6970134bff4", result.story().slug());
    }

    @Test
    void headlinesPositionsAndTimesAreTheGolds() {
        for (int i = 0; i < gold.size(); i++) {
            Post post = result.posts().get(i);
            JsonObject expected = gold.get(i);
            assertEquals(expected.get("position").getAsNumber().value().intValue(), post.position());
            assertEquals(expected.getString("headline"), post.headline(), "post " + post.position());
            assertEquals(OffsetDateTime.parse(expected.getString("publishedAt")), post.publishedAt(),
                    "post " + post.position());
        }
        assertEquals(OffsetDateTime.parse("2025-04-11T14:12+01:00"), result.posts().get(0).publishedAt());
        assertEquals(5, result.posts().get(0).line());
    }

    @Test
    void bylinesAreTheGoldsWithTheirRoleLines() {
        for (int i = 0; i < gold.size(); i++) {
            Post post = result.posts().get(i);
            List<String> expected = gold.get(i).get("authors").getAsArray().stream()
                    .map(v -> v.getAsString().value()).toList();
            assertEquals(expected, post.authors().stream().map(Byline::name).toList(), "post " + post.position());
            for (Byline byline : post.authors()) {
                assertEquals(lineAfter(byline.name()), byline.roleLine().orElseThrow());
                assertFalse(post.body().contains(byline.name()), "byline left in the body of post " + post.position());
            }
        }
        assertEquals("Jonathan Beale", result.posts().get(1).authors().get(0).name());
        assertEquals("James Waterhouse", result.posts().get(5).authors().get(0).name());
    }

    @Test
    void onlyTheGoldsBreakingPostIsBreaking() {
        for (int i = 0; i < gold.size(); i++) {
            assertEquals(gold.get(i).get("isBreaking").getAsBoolean().value(), result.posts().get(i).breaking(),
                    "post " + (i + 1));
        }
        assertTrue(result.posts().get(14).breaking());
    }

    @Test
    void imagesStayOutOfBodies() {
        for (Post post : result.posts()) {
            assertFalse(post.body().contains("Image source"), "post " + post.position());
            assertFalse(post.body().contains("published at"), "post " + post.position());
            assertFalse(post.body().isBlank(), "post " + post.position());
            post.images().forEach(image -> assertTrue(image.credit().isPresent(), "post " + post.position()));
        }
        long imageLines = seedLines.stream().filter(l -> l.contains("Image source, ")).count();
        assertEquals(imageLines, result.posts().stream().mapToLong(p -> p.images().size()).sum());
        assertEquals("Healey", result.posts().get(14).images().get(0).caption());
    }

    @Test
    void eachBulletIsAParagraphAndTheListEndsAtTheNextPost() {
        Post keyMoments = result.posts().get(6);
        List<String> bullets = seedLines.stream().map(String::strip).filter(l -> l.startsWith("•"))
                .map(l -> l.substring(1).strip()).toList();
        List<String> paragraphs = Arrays.asList(keyMoments.body().split("\n\n"));

        assertEquals(7, bullets.size());
        assertEquals(bullets, paragraphs.subList(paragraphs.size() - bullets.size(), paragraphs.size()));
        assertFalse(keyMoments.body().contains(result.posts().get(7).headline()));
    }

    @Test
    void postsOfOneMinuteGetIdsOldestFirst() {
        assertEquals("202504111048-2", result.posts().get(13).id());
        assertEquals("202504111048", result.posts().get(14).id());
        assertEquals("202504111312", result.posts().get(0).id());
    }

    @Test
    void aBareYearInASentenceIsNoYearForThePage() {
        PageSource withoutYear = new PageSource(seed.name(), seed.text(), ReadOptions.none());

        PageRefused refused = assertThrows(PageRefused.class, () -> new PlainTextLivePageReader().read(withoutYear));
        assertTrue(refused.getMessage().startsWith(SEED + ": line 5: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("--year"), refused.getMessage());
    }

    /** The seed's line under the given one, as the page prints it. */
    private static String lineAfter(String line) {
        List<String> stripped = seedLines.stream().map(String::strip).toList();
        return stripped.get(stripped.indexOf(line) + 1);
    }
}
