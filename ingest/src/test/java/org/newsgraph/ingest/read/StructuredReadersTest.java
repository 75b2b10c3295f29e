package org.newsgraph.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.story.Post;

/** How the structured readers choose, number and refuse: bad input names its source, line and why. */
class StructuredReadersTest {
    private final ReaderRegistry registry = ReaderRegistry.standard();

    private static String update(String id, String headline, String date) {
        return """
                {"@type": "BlogPosting", "url": "https://example.org/live/kites#%s",
                 "headline": "%s", "datePublished": "%s", "articleBody": "Kites flew over the dunes."}"""
                .formatted(id, headline, date);
    }

    private static String liveBlog(String... updates) {
        return """
                {"@context": "https://schema.org", "@type": "LiveBlogPosting",
                 "url": "https://example.org/live/kites", "headline": "Kite festival",
                 "liveBlogUpdate": [
                %s
                ]}""".formatted(String.join(",\n", updates));
    }

    @Test
    void aBadUpdateIsReportedByLineAndPathAndTheOthersKept() {
        String json = liveBlog(update("a", "Kites rise", "2031-05-01T10:00:00Z"),
                update("b", "Wind drops", "tomorrow at noon"),
                update("c", "Prizes given", "2031-05-01T16:00:00+01:00"),
                "{\"@type\": \"BlogPosting\", \"datePublished\": \"2031-05-01T17:00:00Z\"}");

        ReadResult result = registry.read(PageSource.of("kites.json", json));

        assertEquals(List.of("Prizes given", "Kites rise"), result.posts().stream().map(Post::headline).toList());
        assertEquals(2, result.problems().size(), result.problems().toString());
        ReadProblem date = result.problems().get(0);
        assertEquals(7, date.line());
        assertEquals("kites.json: line 7: liveBlogUpdate[1].datePublished \"tomorrow at noon\" is not an ISO 8601"
                + " date-time with an offset such as \"2026-03-03T14:20:00+01:00\"", date.describe("kites.json"));
        assertEquals("liveBlogUpdate[3] has no headline, and no text to take one from", result.problems().get(1).message());
        assertEquals(10, result.problems().get(1).line());
    }

    @Test
    void aPostWithoutHeadlineIsHeadedByTheFirstSentenceOfItsText() {
        String json = liveBlog("""
                {"@type": "BlogPosting", "datePublished": "2031-05-01T10:00:00Z",
                 "articleBody": "<p>Mr. Okafor opened the kite festival on the beach. Winds were light.</p>"}""");
        assertEquals(List.of("Mr. Okafor opened the kite festival on the beach."),
                registry.read(PageSource.of("kites.json", json)).posts().stream().map(Post::headline).toList());

        String rss = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Kites</title><link>https://example.org/live/kites</link>
                  <item><guid>k1</guid><pubDate>Thu, 01 May 2031 10:00:00 GMT</pubDate>
                    <description>&lt;p&gt;Prizes went to three schools!&lt;/p&gt;&lt;p&gt;The jury praised them.&lt;/p&gt;</description></item>
                </channel></rss>
                """;
        List<Post> items = registry.read(PageSource.of("kites.xml", rss)).posts();
        assertEquals(List.of("Prizes went to three schools!"), items.stream().map(Post::headline).toList());
        assertEquals("Prizes went to three schools!\n\nThe jury praised them.", items.get(0).body(), "the text stays whole");

        String html = """
                <html><body><article><time datetime="2031-05-01T11:00:00Z">11:00</time>
                <p>Lifeguards closed the northern end of the beach after a kite line snapped near the swimmers there this afternoon</p>
                </article></body></html>""";
        assertEquals(List.of("Lifeguards closed the northern end of the beach after a kite line snapped near the swimmers there this…"),
                registry.read(PageSource.of("kites.html", html)).posts().stream().map(Post::headline).toList());
    }

    @Test
    void aTimeWithoutAnOffsetIsRefusedRatherThanGuessed() {
        ReadResult result = registry.read(PageSource.of("kites.json", liveBlog(update("a", "Kites rise", "2031-05-01T10:00"))));
        assertTrue(result.problems().get(0).message().endsWith("it has no UTC offset (such as Z or +01:00)"),
                result.problems().toString());
    }

    @Test
    void jsonThatIsNotJsonOrHoldsNoLiveBlogIsRefusedWhole() {
        PageRefused broken = assertThrows(PageRefused.class,
                () -> registry.read(PageSource.of("kites.json", "{\n  \"@type\": \"LiveBlogPosting\",\n  \"headline\": ]\n}")));
        assertEquals(3, broken.line().getAsInt());
        assertTrue(broken.getMessage().startsWith("kites.json: line 3: not JSON: "), broken.getMessage());

        PageRefused article = assertThrows(PageRefused.class,
                () -> registry.read(PageSource.of("story.json", "{\"@type\": \"NewsArticle\", \"headline\": \"Calm\"}")));
        assertEquals("story.json: no schema.org LiveBlogPosting in the JSON-LD", article.getMessage());
    }

    @Test
    void jsonLdEmbeddedInHtmlIsPreferredAndItsLinesCountedInThePage() {
        String html = """
                <!doctype html>
                <html><head><title>Kites</title>
                <script type="application/ld+json">{"@type": "WebSite", "name": "Example"}</script>
                <script type="application/ld+json">
                %s
                </script></head>
                <body><article><h2>Not read</h2><time datetime="2031-05-01T09:00:00Z">9:00</time><p>x</p></article></body></html>
                """.formatted(liveBlog(update("a", "Kites rise", "2031-05-01T10:00:00Z"), update("b", "Wind drops", "noon")));

        ReadResult result = registry.read(PageSource.of("kites.html", html));

        assertEquals(List.of("Kites rise"), result.posts().stream().map(Post::headline).toList());
        assertEquals("kites", result.story().slug(), "from the posting's url");
        assertEquals("Kite festival", result.story().title());
        assertEquals(List.of(new ReadProblem(11, "liveBlogUpdate[1].datePublished \"noon\" is not an ISO 8601 date-time"
                + " with an offset such as \"2026-03-03T14:20:00+01:00\"")), result.problems());
        assertEquals(8, result.posts().get(0).line());
    }

    @Test
    void anHtmlPageWithoutPostsSaysWhatItLookedFor() {
        PageRefused refused = assertThrows(PageRefused.class, () -> registry.read(PageSource.of("about.html",
                "<html><body><script type=\"application/ld+json\">{oops</script><p>About us</p></body></html>")));
        assertTrue(refused.getMessage().startsWith("about.html: no post: the page embeds no JSON-LD LiveBlogPosting"
                + " that could be read (line 1: not JSON:"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("and has no <article> with a <time datetime=\"...\">"), refused.getMessage());
    }

    @Test
    void aBadFeedItemIsReportedByLineAndTheOthersKept() {
        String rss = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Kites</title><link>https://example.org/live/kites</link>
                  <item><title>Kites rise</title><guid>k1</guid><pubDate>Thu, 01 May 2031 10:00:00 GMT</pubDate></item>
                  <item><title>Wind drops</title><guid>k2</guid>
                    <pubDate>Thursday at noon</pubDate></item>
                  <item><guid>k3</guid><pubDate>Thu, 01 May 2031 12:00:00 UT</pubDate></item>
                  <item><title>Prizes given</title><pubDate>Thu, 01 May 2031 12:00:00 EST</pubDate></item>
                </channel></rss>
                """;

        ReadResult result = registry.read(PageSource.of("kites.xml", rss));

        assertEquals(List.of("Prizes given", "Kites rise"), result.posts().stream().map(Post::headline).toList());
        assertEquals("203105011700", result.posts().get(0).id(), "no guid: the UTC minute");
        assertEquals("k1", result.posts().get(1).id());
        assertEquals(List.of(new ReadProblem(5, "<pubDate> \"Thursday at noon\" is not an RFC 822 date such as"
                        + " \"Tue, 03 Mar 2026 14:20:00 GMT\""), new ReadProblem(6, "the <item> has neither a <title> nor a <description>")),
                result.problems());
    }

    @Test
    void xmlThatIsNotWellFormedIsRefusedWithItsLine() {
        PageRefused refused = assertThrows(PageRefused.class, () -> registry.read(PageSource.of("feed.xml",
                "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Kites</titel>\n</feed>")));
        assertEquals(3, refused.line().getAsInt());
        assertTrue(refused.getMessage().startsWith("feed.xml: line 3: not well-formed XML: "), refused.getMessage());
    }

    @Test
    void aFeedCannotMakeTheReaderOpenFiles(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the keeper's password");
        String rss = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
                <rss version="2.0"><channel><title>Kites</title>
                  <item><title>&leak;</title><pubDate>Thu, 01 May 2031 10:00:00 GMT</pubDate></item>
                </channel></rss>
                """.formatted(secret.toUri());
        PageRefused refused = assertThrows(PageRefused.class, () -> registry.read(PageSource.of("evil.rss", rss)));
        assertFalse(refused.getMessage().contains("password"), refused.getMessage());
    }

    @Test
    void theFormatIsToldByContentBeforeTypeAndExtension() {
        String json = liveBlog(update("a", "Kites rise", "2031-05-01T10:00:00Z"));
        assertEquals(PageFormat.JSON_LD, PageFormat.of(PageSource.of("saved.txt", json)));
        assertEquals(PageFormat.ATOM, PageFormat.of(PageSource.of("x", "<?xml version=\"1.0\"?>\n<!-- a <rss> once -->\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>")));
        assertEquals(PageFormat.RSS, PageFormat.of(PageSource.of("x.html", "\uFEFF  <rss version=\"2.0\"></rss>")));
        assertEquals(PageFormat.HTML, PageFormat.of(PageSource.of("x", "<!DOCTYPE html><html></html>")));
        assertEquals(PageFormat.PLAIN_TEXT, PageFormat.of(PageSource.of("x.html",
                "LIVE\n  2. Kites risepublished at 10:00 GMT 1 May\n")), "a post header is plain text");
        PageSource served = new PageSource("https://example.org/live", "Kites rise", ReadOptions.none(),
                Optional.of("application/ld+json; charset=utf-8"), Optional.empty());
        assertEquals(PageFormat.JSON_LD, PageFormat.of(served), "no sign in the content: the Content-Type");
        assertEquals(PageFormat.JSON_LD, PageFormat.of(PageSource.of("page.jsonld", "Kites rise")), "then the extension");
        assertEquals(PageFormat.PLAIN_TEXT, PageFormat.of(PageSource.of("page", "Kites rise")));
        assertEquals(PageFormat.RSS, PageFormat.labelled("RSS").orElseThrow());
    }

    @Test
    void postsSharingAnOwnIdFallBackToTheirMinutes() {
        String json = liveBlog(update("same", "Kites rise", "2031-05-01T10:00:30Z"),
                update("same", "Kites fall", "2031-05-01T10:00:10Z"),
                update("own", "Wind drops", "2031-05-01T09:00:00Z"));
        List<Post> posts = registry.read(PageSource.of("kites.json", json)).posts();
        assertEquals(List.of("203105011000-2", "203105011000", "own"), posts.stream().map(Post::id).toList());
    }

    @Test
    void ownIdsComeFromFragmentsPathsAndOpaqueIds() {
        assertEquals(Optional.of("post-12"), PostEntry.idOf("https://example.org/live/summit#post-12"));
        assertEquals(Optional.of("8812"), PostEntry.idOf("https://example.org/live/summit/posts/8812"));
        assertEquals(Optional.of("3f2a9c1e-77b0-4d6e-9a51-0c2b8e4d1f60"),
                PostEntry.idOf("urn:uuid:3F2A9C1E-77B0-4D6E-9A51-0C2B8E4D1F60"));
        assertEquals(Optional.of("entry-4"), PostEntry.idOf("tag:example.org,2026:summit/entry-4"));
        assertEquals(Optional.of("grain-0004"), PostEntry.idOf("Grain 0004"));
        assertEquals(Optional.empty(), PostEntry.idOf("https://example.org/"));
    }
}
