package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import picocli.CommandLine;

/** The ingest and load commands, run as a user would, on a real TDB2 folder. */
class IngestCommandTest {
    private static final String PAGE = """
              2. Ferry timetable changespublished at 10:15 British Summer Time 2 June
                published at 09:15 2 June

                The island ferry will run every two hours from Monday.

              1. Harbour reopenspublished at 09:40 British Summer Time 2 June
                published at 08:40 2 June

                Boats may leave the harbour again after the storm.
            """;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsgraphCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path store() {
        return dir.resolve("tdb2");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(IngestCommandTest.class.getResource("/read/" + name).toURI());
    }

    private Set<Quad> quads() {
        try (Store store = Store.open(store(), IriMinter.DEFAULT_BASE)) {
            return store.read(dsg -> {
                Set<Quad> all = new HashSet<>();
                dsg.find().forEachRemaining(all::add);
                return all;
            });
        }
    }

    private List<String> headlinesByTime() {
        try (Store store = Store.open(store(), IriMinter.DEFAULT_BASE)) {
            return store.read(dsg -> QueryExec.dataset(dsg).query("""
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    SELECT ?h { ?p ng:headline ?h ; ng:publishedAt ?t } ORDER BY ?t""").select().stream()
                    .map(b -> b.get("h").getLiteralLexicalForm()).toList());
        }
    }

    @Test
    void aPageIsStoredAndTheSummarySaysSo() throws IOException {
        Run run = run("ingest", "--store", store().toString(), "--year", "2024", write("harbour.txt", PAGE).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("posts: 2 read, 2 written, 0 unchanged, 0 refused"), run.out());
        assertEquals(List.of("Harbour reopens", "Ferry timetable changes"), headlinesByTime());
    }

    @Test
    void ingestingTheSamePageAgainChangesNothing() throws IOException {
        Path page = write("harbour.txt", PAGE);
        run("ingest", "--store", store().toString(), "--year", "2024", page.toString());
        Set<Quad> before = quads();
        Run again = run("ingest", "--store", store().toString(), "--year", "2024", page.toString());
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("0 written, 2 unchanged"), again.out());
        assertEquals(before, quads());
    }

    @Test
    void anEditedPostReplacesItsGraph() throws IOException {
        run("ingest", "--store", store().toString(), "--year", "2024", write("harbour.txt", PAGE).toString());
        String edited = PAGE.replace("every two hours", "every hour");
        Run run = run("ingest", "--store", store().toString(), "--year", "2024", write("harbour.txt", edited).toString());
        assertTrue(run.out().contains("1 written, 1 unchanged"), run.out());
        Set<String> bodies = new HashSet<>();
        quads().stream().filter(q -> q.getPredicate().getURI().endsWith("#body"))
                .forEach(q -> bodies.add(q.getObject().getLiteralLexicalForm()));
        assertEquals(2, bodies.size(), "one body a post, the old text gone: " + bodies);
        assertTrue(bodies.stream().anyMatch(b -> b.contains("every hour")));
    }

    @Test
    void badPostsAreRefusedByLineAndTheGoodOnesStored() throws URISyntaxException {
        Run run = run("ingest", "--store", store().toString(), "--year", "2024",
                resource("seaside-bad-posts.txt").toString());
        assertEquals(NewsgraphCommand.SOME_REFUSED, run.exit(), run.err());
        assertTrue(run.err().contains("seaside-bad-posts.txt: line 6:"), run.err());
        assertTrue(run.err().contains("seaside-bad-posts.txt: line 11:"), run.err());
        assertEquals(List.of("Choir practises on the pier", "Lighthouse keeper retires"), headlinesByTime());
    }

    @Test
    void unreadableFilesAreNamedAndTheReadableOnesStillStored() throws IOException {
        Path empty = write("empty.txt", "");
        Path noPosts = write("notes.txt", "Just a few notes,\nno posts here.\n");
        Path junk = Files.write(dir.resolve("junk.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0x41, 0});
        Path oneLine = write("line.txt", "x".repeat(10 * 1024 * 1024));
        Path good = write("harbour.txt", PAGE);
        Run run = run("ingest", "--store", store().toString(), "--year", "2024", empty.toString(), noPosts.toString(),
                junk.toString(), oneLine.toString(), good.toString(), dir.resolve("missing.txt").toString());
        assertEquals(NewsgraphCommand.UNREADABLE, run.exit());
        for (String name : List.of("empty.txt", "notes.txt", "junk.txt", "line.txt: line 1", "missing.txt")) {
            assertTrue(run.err().contains(name), name + " is named in: " + run.err());
        }
        assertEquals(2, headlinesByTime().size(), "the readable page was stored");
    }

    @Test
    void wrongUsageExitsWithTwoAndSaysWhy() {
        Run noStore = run("ingest", "page.txt");
        assertEquals(NewsgraphCommand.UNREADABLE, noStore.exit());
        assertTrue(noStore.err().contains("--store"), noStore.err());
        assertEquals(NewsgraphCommand.UNREADABLE, run("ingest", "--store", store().toString(), "--year", "25", "x.txt").exit());
        assertEquals(0, run("ingest", "--help").exit());
    }

    @Test
    void loadImportsNamedGraphsAndRefusesABrokenFileWhole() throws IOException {
        Path good = write("data.nq", "<http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g> .\n");
        Run ok = run("load", "--store", store().toString(), good.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("1 graphs, 1 quads") && ok.out().contains("bulk-loaded into an empty store"), ok.out());
        Path bad = write("bad.nq", "<http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g2> .\nnot rdf\n");
        Run refused = run("load", "--store", store().toString(), bad.toString());
        assertEquals(NewsgraphCommand.UNREADABLE, refused.exit());
        assertTrue(refused.err().contains("bad.nq") && refused.err().contains("line: 2"), refused.err());
        assertEquals(1, quads().stream().filter(q -> !q.isDefaultGraph()).count(), "nothing of the broken file");
        Run more = run("load", "--store", store().toString(), write("more.nq", "<http://example.org/s> <http://example.org/p> \"o2\" <http://example.org/g2> .\n").toString());
        assertTrue(more.out().contains("1 graphs, 1 quads") && more.out().contains("graph by graph"), more.out());
    }
}
