package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import picocli.CommandLine;

/** {@code ingest URL}, {@code --follow} and {@code --watch}, against a real HTTP server, folder and TDB2 store; no extraction. */
class FollowAndWatchTest {
    private static final String FIRST = """
            {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Kite festival",
             "url": "https://example.org/live/kite-festival",
             "liveBlogUpdate": [
              {"url": "https://example.org/live/kite-festival#p2", "headline": "Wind drops",
               "datePublished": "2031-05-01T11:00:00Z", "articleBody": "The wind dropped at eleven."},
              {"url": "https://example.org/live/kite-festival#p1", "headline": "Kites rise",
               "datePublished": "2031-05-01T10:00:00Z", "articleBody": "The first kites rose over the dunes."}
             ]}""";
    /** A post more, and the first post's text corrected. */
    private static final String SECOND = FIRST.replace("\"liveBlogUpdate\": [", """
            "liveBlogUpdate": [
              {"url": "https://example.org/live/kite-festival#p3", "headline": "Prizes given",
               "datePublished": "2031-05-01T16:00:00Z", "articleBody": "The red dragon kite won."},""")
            .replace("The first kites rose over the dunes.", "The first kites rose over the beach.");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsgraphCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path store() {
        return dir.resolve("tdb2");
    }

    /** Each post's headline and body, by time. */
    private List<String> posts() {
        try (Store store = Store.open(store(), IriMinter.DEFAULT_BASE)) {
            return store.read(dsg -> QueryExec.dataset(dsg).query("""
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    SELECT ?p ?h ?b { ?p a ng:Post ; ng:headline ?h ; ng:body ?b ; ng:publishedAt ?t } ORDER BY ?t""")
                    .select().stream()
                    .map(b -> b.get("p").getURI().replaceAll(".*/", "") + " " + b.get("h").getLiteralLexicalForm()
                            + ": " + b.get("b").getLiteralLexicalForm())
                    .toList());
        }
    }

    @Test
    void aUrlIsFetchedAndAMissingOneNamed() throws IOException {
        try (ChangingPage page = ChangingPage.serve("/live/kite-festival", FIRST, SECOND)) {
            String base = page.base();
            Run run = run("ingest", "--store", store().toString(), "--no-extract", base + "/live/kite-festival",
                    base + "/live/gone");
            assertEquals(NewsgraphCommand.UNREADABLE, run.exit(), run.err());
            assertTrue(run.err().contains(base + "/live/gone: the server answered HTTP 404 (not found)"), run.err());
            assertTrue(run.out().contains("posts: 2 read, 2 written"), run.out());
        }
        assertEquals(List.of("p1 Kites rise: The first kites rose over the dunes.", "p2 Wind drops: The wind dropped at eleven."),
                posts());
    }

    @Test
    @Timeout(60)
    void followingAPageStoresNewPostsAndEditsWithoutDuplicates() throws IOException {
        Run run;
        int requests;
        try (ChangingPage page = ChangingPage.serve("/live/kite-festival", FIRST, SECOND)) {
            run = run("ingest", "--store", store().toString(), "--no-extract", "--every", "200ms", "--times", "3",
                    "--follow", page.url());
            requests = page.requests();
        }

        assertEquals(0, run.exit(), run.err());
        assertEquals(3, requests);
        assertTrue(run.out().contains("2 new, 0 edited\nposts: 2 read, 2 written"), run.out());
        // The new post on top moves the others down a place: their graphs change with it.
        assertTrue(run.out().contains("1 new, 1 edited\nposts: 3 read, 3 written"), run.out());
        assertTrue(run.out().endsWith("no new or edited post\n"), run.out());
        assertEquals(List.of("p1 Kites rise: The first kites rose over the beach.",
                "p2 Wind drops: The wind dropped at eleven.", "p3 Prizes given: The red dragon kite won."), posts());
    }

    @Test
    @Timeout(60)
    void aWatchedFolderIngestsWhatIsThereAndWhatArrivesWhole() throws Exception {
        Path inbox = Files.createDirectory(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("kites.jsonld"), FIRST);
        CompletableFuture<Run> watching = CompletableFuture.supplyAsync(() -> run("ingest", "--store",
                store().toString(), "--no-extract", "--settle", "300ms", "--times", "2", "--watch", inbox.toString()));

        // A page arrives as a download does: written in two goes under a partial name, then renamed.
        Thread.sleep(1000);
        String page = Files.readString(Path.of("samples/grain-corridor-talks.rss"));
        Path partial = inbox.resolve("grain.rss.part");
        Files.writeString(partial, page.substring(0, page.length() / 2));
        Thread.sleep(500);
        Files.writeString(partial, page);
        Files.move(partial, inbox.resolve("grain.rss"));
        Run run = watching.get(50, TimeUnit.SECONDS);

        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("kites.jsonld\nposts: 2 read, 2 written"), run.out());
        assertTrue(run.out().contains("grain.rss\nposts: 4 read, 4 written"), run.out());
        assertTrue(!run.out().contains(".part"), "the partial file is never read: " + run.out());
        assertEquals(6, posts().size());
    }

    @Test
    void followAndWatchAreTheirOwnModes() {
        Run both = run("ingest", "--store", store().toString(), "--watch", dir.toString(), "page.txt");
        assertEquals(NewsgraphCommand.UNREADABLE, both.exit());
        assertTrue(both.err().contains("only one"), both.err());
        Run file = run("ingest", "--store", store().toString(), "--follow", "page.txt");
        assertTrue(file.err().contains("--follow takes an http(s) URL"), file.err());
        Run every = run("ingest", "--store", store().toString(), "--every", "soon", "--follow", "http://localhost/x");
        assertTrue(every.err().contains("not a duration: 'soon'"), every.err());
        Run times = run("ingest", "--store", store().toString(), "--times", "2", "page.txt");
        assertTrue(times.err().contains("--times goes with --follow or --watch"), times.err());
        Run settle = run("ingest", "--store", store().toString(), "--settle", "2s", "--follow", "http://localhost/x");
        assertTrue(settle.err().contains("--settle goes with --watch"), settle.err());
        Run format = run("ingest", "--store", store().toString(), "--format", "pdf", "page.txt");
        assertTrue(format.err().contains("--format is one of text, jsonld, html, rss, atom"), format.err());
    }
}
