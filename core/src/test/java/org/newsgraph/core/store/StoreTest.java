package org.newsgraph.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.story.index.StoryIndex;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ontology.NG;
import org.newsgraph.core.story.index.PostSummary;
import org.newsgraph.core.story.index.StorySummary;

/** The store on a real TDB2 folder. */
class StoreTest extends StoreOnDisk {

    @Test
    void aPostIsWrittenIntoItsOwnGraphAndQueriesSeeTheUnion() {
        WriteResult result = store.write(Fixtures.pledgePost());
        assertEquals(WriteResult.Outcome.WRITTEN, result.outcome(), () -> result.problem().orElse(""));
        assertEquals("http://example.org/graph/post/harbour-summit/202411021015", result.graph());
        long pledges = store.read(dsg -> QueryExec.dataset(dsg).query(
                "SELECT * { ?p a <" + NG.Pledge.getURI() + "> }").select().stream().count());
        assertEquals(1, pledges, "the default graph is the union of the post graphs");
        assertEquals(result.triples(), store.size());
    }

    @Test
    void writingTheSamePostAgainChangesNothing() {
        store.write(Fixtures.pledgePost());
        Set<Quad> before = quads();
        WriteResult again = store.write(Fixtures.pledgePost());
        assertEquals(WriteResult.Outcome.UNCHANGED, again.outcome());
        assertEquals(before, quads());
    }

    @Test
    void aChangedPostReplacesItsGraphWhole() {
        store.write(Fixtures.pledgePost());
        PostFacts edited = PostFacts.of(Fixtures.post(1, "10:15", "Portugal pledges port money", "Corrected: no pledge yet."));
        assertEquals(WriteResult.Outcome.WRITTEN, store.write(edited).outcome());
        Set<Quad> after = quads();
        assertTrue(after.stream().noneMatch(q -> q.getObject().equals(NG.Pledge.asNode())), "the old pledge is gone");
        assertTrue(after.stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().equals("Corrected: no pledge yet.")));
    }

    @Test
    void anInvalidGraphIsRefusedAndTheStoreIsLeftExactlyAsItWas() {
        store.write(Fixtures.pledgePost());
        Set<Quad> before = quads();
        Graph invalid = PostGraph.of(Fixtures.plainPost(2, "11:00"), new IriMinter(Fixtures.BASE, SlugRegistry.inMemory()));
        Node post = invalid.find(Node.ANY, NG.headline.asNode(), Node.ANY).next().getSubject();
        invalid.add(post, NG.publishedAt.asNode(), NodeFactory.createLiteralString("yesterday"));
        WriteResult result = store.replace("http://example.org/graph/post/harbour-summit/202411021100", invalid);
        assertEquals(WriteResult.Outcome.REFUSED, result.outcome());
        assertTrue(result.problem().orElseThrow().contains("publishedAt"), result.problem().orElseThrow());
        assertEquals(before, quads());
    }

    @Test
    void aRefusedPostInABatchDoesNotStopTheOthers() {
        PostFacts noHeadline = PostFacts.of(Fixtures.post(4, "12:05", "", "A post whose headline was lost."));
        List<WriteResult> results = store.write(List.of(Fixtures.plainPost(3, "12:00"), noHeadline,
                Fixtures.plainPost(5, "12:10")));
        assertEquals(List.of(WriteResult.Outcome.WRITTEN, WriteResult.Outcome.REFUSED, WriteResult.Outcome.WRITTEN),
                results.stream().map(WriteResult::outcome).toList());
        assertTrue(results.get(1).problem().orElseThrow().contains("headline"), results.get(1).problem().orElseThrow());
        assertEquals(2, new StoryIndex(store).stories().get(0).posts());
    }

    @Test
    void theStoryIndexListsStoriesWithTheirPostsAndTimeSpan() {
        store.write(List.of(Fixtures.plainPost(2, "09:00"), Fixtures.pledgePost()));
        StorySummary story = new StoryIndex(store).stories().get(0);
        assertEquals("http://example.org/id/story/harbour-summit", story.iri());
        assertEquals("Harbour summit", story.title());
        assertEquals(2, story.posts());
        assertEquals("2024-11-02T09:00Z", story.first().toString());
        assertEquals("2024-11-02T10:15Z", story.last().toString());
        assertEquals(List.of("Portugal pledges port money", "Update 2"),
                new StoryIndex(store).posts(story.iri()).stream().map(PostSummary::headline).toList(), "newest first");
        assertEquals(List.of(), new StoryIndex(store).posts("http://example.org/id/story/none"));
    }

    @Test
    void theSameEntityKeepsItsIriAcrossReopenings() {
        store.write(Fixtures.pledgePost());
        store.close();
        store = Store.open(tdb2(), Fixtures.BASE);
        store.write(Fixtures.plainPost(5, "13:00"));
        assertEquals(WriteResult.Outcome.UNCHANGED, store.write(Fixtures.pledgePost()).outcome());
    }

    @Test
    void aStoreRefusesToOpenWithAnotherBase() {
        store.close();
        StoreRefused refused = assertThrows(StoreRefused.class, () -> Store.open(tdb2(), "http://other.example/"));
        assertTrue(refused.getMessage().contains("http://example.org/"), refused.getMessage());
        store = Store.open(tdb2(), Fixtures.BASE);
    }

    @Test
    void aFileIsNotAStoreFolder() throws IOException {
        Path file = Files.writeString(folder.resolve("plain.txt"), "x");
        StoreRefused refused = assertThrows(StoreRefused.class, () -> Store.open(file, Fixtures.BASE));
        assertTrue(refused.getMessage().contains("not a folder"));
    }

    @Test
    void loadReplacesEachNamedGraphOfTheFile() throws IOException {
        store.write(Fixtures.pledgePost());
        String graph = "http://example.org/graph/post/harbour-summit/202411021015";
        Path file = Files.writeString(folder.resolve("in.nq"),
                "<http://example.org/a> <http://example.org/p> \"12\"^^<http://www.w3.org/2001/XMLSchema#decimal> <" + graph + "> .\n"
                        + "<http://example.org/b> <http://example.org/p> \"other\" <http://example.org/g2> .\n",
                StandardCharsets.UTF_8);
        LoadResult result = store.load(file);
        assertEquals(new LoadResult(2, 2, false), result, "graph by graph, as the store held a post");
        assertEquals(2, store.size(), "the pledge post's old triples were replaced");
        assertEquals(new LoadResult(2, 2, false), store.load(file), "a decimal such as 12 is replaced too");
        assertEquals(2, store.size());
    }

    @Test
    void compactingShrinksTheFolderAndKeepsEveryQuad() throws IOException {
        for (int i = 0; i < 40; i++) {
            store.write(i % 2 == 0 ? Fixtures.pledgePost() : Fixtures.plainPost(1, "10:15"));
        }
        Set<Quad> before = quads();
        long grown = bytes(tdb2());
        store.compact();
        assertEquals(before, quads());
        long compacted = bytes(tdb2());
        assertTrue(compacted < grown, "compacted " + compacted + " bytes, grown " + grown);
        assertEquals(WriteResult.Outcome.WRITTEN, store.write(Fixtures.plainPost(2, "10:30")).outcome(), "writes go on");
    }

    private static long bytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Test
    void aGzippedFileIsLoadedByItsInnerName() throws IOException {
        Path file = folder.resolve("in.trig.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("<http://example.org/g> { <http://example.org/a> <http://example.org/p> \"zipped\" }\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(new LoadResult(1, 1, true), store.load(file), "bulk-loaded into the empty store");
        assertEquals(1, store.size());
    }

    @Test
    void aBrokenFileIsRefusedWholeNamingTheLine() throws IOException {
        store.write(Fixtures.pledgePost());
        Set<Quad> before = quads();
        Path file = Files.writeString(folder.resolve("bad.nq"),
                "<http://example.org/a> <http://example.org/p> \"ok\" <http://example.org/g> .\n"
                        + "this line is not RDF\n");
        LoadRefused refused = assertThrows(LoadRefused.class, () -> store.load(file));
        assertTrue(refused.getMessage().contains("line: 2"), refused.getMessage());
        assertEquals(before, quads());
    }

    @Test
    void triplesOutsideNamedGraphsAreRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("plain.trig"), "<http://example.org/a> <http://example.org/p> 1 .\n");
        LoadRefused refused = assertThrows(LoadRefused.class, () -> store.load(file));
        assertTrue(refused.getMessage().contains("outside any named graph"), refused.getMessage());
        assertEquals(0, store.size());
        assertFalse(store.delete("http://example.org/g"));
    }

    private Set<Quad> quads() {
        return store.read(dsg -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }
}
