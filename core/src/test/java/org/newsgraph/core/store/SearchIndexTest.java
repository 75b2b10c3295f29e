package org.newsgraph.core.store;

import org.apache.commons.io.file.PathUtils;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.event.Grounding;
import org.newsgraph.core.event.Mention;
import org.newsgraph.core.event.Statement;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;
import org.newsgraph.ontology.NG;
import org.newsgraph.core.store.layout.DatasetLayout;

/** Full-text search with text:query over a real TDB2 folder, in step with every kind of write. */
class SearchIndexTest extends StoreOnDisk {
    /** Where the store keeps Lucene's files, inside its folder: a test that breaks the index on disk must know. */
    private static final String INDEX_FOLDER = "text";
    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + "> PREFIX text: <http://jena.apache.org/text#>"
            + " PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final Story OTHER = new Story("river-floods", "River floods", Optional.empty());
    private static final Duration LIMIT = Duration.ofMinutes(1);

    @Test
    void aWordOfABodyFindsItsPostAndJoinsWithGraphPatterns() {
        store.write(List.of(Fixtures.pledgePost(), Fixtures.plainPost(2, "10:30"),
                PostFacts.of(post(OTHER, 1, "11:00", "Levees hold", "The ports upriver are closed to barges."))));
        // Posts of the harbour story whose body speaks of ports ("port" stems to the same word), with their time.
        List<String> rows = select("SELECT ?post ?at { ?post text:query (ng:body 'port') ; ng:inStory <"
                + iri(Fixtures.STORY) + "> ; ng:publishedAt ?at } ORDER BY ?at", "post", "at");
        assertEquals(List.of(postIri(Fixtures.pledgePost().post()) + " 2024-11-02T10:15:00Z"), rows);
        assertEquals(2, select("SELECT ?post { ?post text:query (ng:body 'ports') }", "post").size(), "both stories");
        assertEquals(List.of(postIri(Fixtures.plainPost(2, "10:30").post())),
                select("SELECT ?post { ?post text:query 'harbour' }", "post"), "without a predicate: the bodies");
        assertEquals(List.of("Levees hold"),
                select("SELECT ?h { ?post text:query (ng:headline 'levee') ; ng:headline ?h }", "h"), "headlines");
    }

    @Test
    void oneQuerySearchesHeadlinesBodiesAndQuotesWithScoreAndTheMatchingLiteral() {
        store.write(List.of(Fixtures.pledgePost(), quotePost()));
        List<String> rows = select("SELECT ?s ?p ?lit { (?s ?score ?lit ?g ?p) text:query (ng:headline ng:body ng:quote 'money walls')"
                + " FILTER(?score > 0) } ORDER BY ?p ?lit", "p", "lit");
        assertEquals(List.of(NG.body.getURI() + " " + quotePost().post().body(),
                NG.headline.getURI() + " Minister on the walls",
                NG.headline.getURI() + " Portugal pledges port money",
                NG.quote.getURI() + " We will rebuild every harbour wall before winter"), rows);
    }

    @Test
    void insideGraphASearchFindsTheHitsThatGraphHolds() {
        PostFacts first = quotePost(4, "11:30");
        PostFacts second = quotePost(5, "11:45");
        store.write(List.of(first, second, Fixtures.pledgePost()));
        String one = graphIri(first.post());
        String two = graphIri(second.post());
        // The statement is in both posts' graphs; each body only in its own.
        assertEquals(List.of(one + " " + statement(), one + " " + postIri(first.post()), two + " " + statement(),
                two + " " + postIri(second.post())), select("SELECT ?g ?s { GRAPH ?g { ?s text:query (ng:body ng:quote 'winter') } }"
                + " ORDER BY ?g ?s", "g", "s"));
        assertEquals(List.of(statement()), select("SELECT ?s { GRAPH <" + two + "> { ?s text:query (ng:quote 'winter') } }", "s"));
        assertEquals(List.of(), select("SELECT ?s { GRAPH <" + two + "> { ?s text:query (ng:body 'Verde') } }", "s"));
        assertEquals(List.of(one, two), select("SELECT ?g { GRAPH ?g { ?s text:query (ng:quote 'winter' 'highlight:') } }"
                + " ORDER BY ?g", "g"), "with the highlight option too");
    }

    @Test
    void aQueryWithItsOwnDatasetSearchesOnlyTheGraphsItNames() {
        PostFacts first = quotePost(4, "11:30");
        PostFacts second = quotePost(5, "11:45");
        store.write(List.of(first, second, Fixtures.pledgePost()));
        String one = graphIri(first.post());
        String pledge = graphIri(Fixtures.pledgePost().post());
        assertEquals(List.of(postIri(first.post())), select("SELECT ?s FROM <" + one + "> { ?s text:query (ng:body 'winter') }", "s"));
        assertEquals(List.of(), select("SELECT ?s FROM <" + pledge + "> { ?s text:query (ng:body ng:quote 'winter') }", "s"),
                "the pledge post speaks of no winter");
        assertEquals(List.of(one + " " + statement()), select("SELECT ?g ?s FROM NAMED <" + one + "> FROM NAMED <" + pledge
                + "> { GRAPH ?g { ?s text:query (ng:quote 'winter') } } ORDER BY ?g", "g", "s"));
        assertEquals(List.of(postIri(first.post())), select("SELECT ?s FROM <" + one + "> { ?s text:query (ng:body 'winter' 'highlight:') }",
                "s"), "with the highlight option too");
    }

    @Test
    void quotesAreFoundWithTheirSpeaker() {
        store.write(quotePost());
        assertEquals(List.of("Ana Lopes"), select("SELECT ?who { ?st text:query (ng:quote 'rebuilding wall') ;"
                + " a ng:Statement ; ng:speaker/rdfs:label ?who }", "who"));
    }

    @Test
    void aRewrittenPostIsFoundByItsNewWordsOnly() {
        store.write(PostFacts.of(Fixtures.post(1, "10:15", "Harbour news", "The lighthouse keeper stayed on duty.")));
        assertEquals(1, count("lighthouse"));
        store.write(PostFacts.of(Fixtures.post(1, "10:15", "Harbour news", "The breakwater held overnight.")));
        assertEquals(1, count("breakwater"));
        assertEquals(0, count("lighthouse"), "the old body left the index with the layer");
    }

    @Test
    void aQuoteTwoPostsReportIsOneEntryUntilTheLastOneDropsIt() {
        PostFacts first = quotePost(4, "11:30");
        PostFacts second = quotePost(5, "11:45");
        store.write(List.of(first, second));
        assertEquals(1, select("SELECT ?st { ?st text:query (ng:quote 'winter') }", "st").size(), "one statement, indexed once");
        assertTrue(store.delete(graphIri(second.post())));
        assertEquals(1, select("SELECT ?st { ?st text:query (ng:quote 'winter') }", "st").size(), "the first post still reports it");
        assertTrue(store.delete(graphIri(first.post())));
        assertEquals(0, select("SELECT ?st { ?st text:query (ng:quote 'winter') }", "st").size());
    }

    @Test
    void deletedAndClearedGraphsLeaveTheIndex() {
        store.write(List.of(Fixtures.pledgePost(), quotePost()));
        assertTrue(store.delete(graphIri(Fixtures.pledgePost().post())));
        assertEquals(0, count("Verde"));
        assertEquals(1, select("SELECT ?s { ?s text:query (ng:quote 'harbour') }", "s").size());
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:x:notes> { <urn:x:n> <" + NG.body.getURI()
                + "> 'A note about seagulls' } }"), LIMIT);
        assertEquals(1, count("seagulls"), "a body written by an update");
        store.update(UpdateFactory.create("DROP GRAPH <urn:x:notes>"), LIMIT);
        assertEquals(0, count("seagulls"));
        store.update(UpdateFactory.create("CLEAR ALL"), LIMIT);
        assertEquals(0, select("SELECT ?s { ?s text:query (ng:quote 'harbour') }", "s").size());
    }

    @Test
    void anAbortedWriteLeavesTheIndexAsItWas() throws IOException {
        store.write(Fixtures.pledgePost());
        Path file = folder.resolve("broken.nq");
        // The first line would replace the post's graph with another body; the second breaks the file.
        Files.writeString(file, "<" + postIri(Fixtures.pledgePost().post()) + "> <" + NG.body.getURI() + "> \"Albatross sighted\" <"
                + graphIri(Fixtures.pledgePost().post()) + "> .\n<urn:x:a> <urn:x:b> .\n");
        assertThrows(LoadRefused.class, () -> store.load(file));
        assertEquals(0, count("albatross"));
        assertEquals(1, count("Verde"));
        // An update refused on its second operation writes nothing of its first.
        assertThrows(UpdateRefused.class, () -> store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:x:g> { <urn:x:n> <"
                + NG.body.getURI() + "> 'Pelicans ahead' } } ; INSERT DATA { <urn:x:n> <urn:x:b> <urn:x:c> }"), LIMIT));
        assertEquals(0, count("pelican"));
        store.write(PostFacts.of(Fixtures.post(2, "10:30", "Update 2", "Cormorants everywhere.")));
        assertEquals(1, count("cormorant"), "the index takes writes after a rollback");
    }

    @Test
    void theIndexOutlivesCloseAndOpen() {
        store.write(Fixtures.pledgePost());
        store.close();
        store = Store.open(tdb2(), Fixtures.BASE);
        assertEquals(1, count("Verde"));
        store.write(PostFacts.of(Fixtures.post(2, "10:30", "Update 2", "Cormorants everywhere.")));
        assertEquals(1, count("cormorant"));
    }

    @Test
    void anIndexOutOfStepWithTheStoreIsRebuiltOnOpen() throws IOException {
        store.write(Fixtures.pledgePost());
        store.close();
        Path saved = folder.resolve("saved-text");
        copy(tdb2().resolve(INDEX_FOLDER), saved);
        store = Store.open(tdb2(), Fixtures.BASE);
        store.write(PostFacts.of(Fixtures.post(1, "10:15", "Harbour news", "The breakwater held overnight.")));
        store.close();
        // As if the process had died between TDB2's commit and Lucene's: the index one write behind.
        PathUtils.deleteDirectory(tdb2().resolve(INDEX_FOLDER));
        copy(saved, tdb2().resolve(INDEX_FOLDER));
        store = Store.open(tdb2(), Fixtures.BASE);
        assertEquals(1, count("breakwater"));
        assertEquals(0, count("Verde"));
    }

    @Test
    void aStoreMadeWithoutTheIndexGetsItWhenOpened() {
        Path old = folder.resolve("old");
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(old.toString());
        Node graph = NodeFactory.createURI("urn:x:g");
        Txn.executeWrite(raw, () -> {
            raw.getDefaultGraph().add(DatasetLayout.STORE, NodeFactory.createURI("urn:newsgraph:base"),
                    NodeFactory.createLiteralString(Fixtures.BASE));
            raw.add(graph, NodeFactory.createURI("urn:x:p"), NG.body.asNode(), NodeFactory.createLiteralString("Old gulls"));
        });
        TDBInternal.expel(raw);
        try (Store opened = Store.open(old, Fixtures.BASE)) {
            assertEquals(List.of("urn:x:p"), opened.read(dsg -> rows(dsg, "SELECT ?s { ?s text:query 'gull' }", "s")));
        }
    }

    @Test
    void aStoreInMemoryIsSearchable() {
        try (Store memory = Store.inMemory(Fixtures.BASE)) {
            memory.write(Fixtures.pledgePost());
            assertEquals(1, memory.read(dsg -> rows(dsg, "SELECT ?s { ?s text:query 'Verde' }", "s")).size());
        }
    }

    private static PostFacts quotePost() {
        return quotePost(4, "11:30");
    }

    /** A post reporting the minister's statement; posts of the story that report it share its IRI. */
    private static PostFacts quotePost(int position, String minute) {
        String body = "Ana Lopes said: \"We will rebuild every harbour wall before winter\".";
        Post post = Fixtures.post(position, minute, "Minister on the walls", body);
        Person minister = new Person("Ana Lopes", Set.of("Lopes"), List.of(), Optional.empty());
        Statement statement = new Statement("statement-ana-lopes-rebuild-harbour-wall", List.of(minister),
                List.of("We will rebuild every harbour wall before winter"), Grounding.of(Mention.of(body, 0, body.length()), 0.9));
        return new PostFacts(post, List.of(minister), List.of(statement));
    }

    private static String statement() {
        return new IriMinter(Fixtures.BASE, SlugRegistry.inMemory()).event(quotePost().events().get(0));
    }

    private static Post post(Story story, int position, String minute, String headline, String body) {
        Post template = Fixtures.post(position, minute, headline, body);
        return new Post(story, template.id(), position, headline, body, template.publishedAt(), template.authors(),
                false, List.of(), position * 10);
    }

    private static String iri(Story story) {
        return new IriMinter(Fixtures.BASE, SlugRegistry.inMemory()).story(story);
    }

    private static String postIri(Post post) {
        return new IriMinter(Fixtures.BASE, SlugRegistry.inMemory()).post(post);
    }

    private static String graphIri(Post post) {
        return new IriMinter(Fixtures.BASE, SlugRegistry.inMemory()).graph(post);
    }

    /** How many subjects a search of headlines, bodies and quotes finds. */
    private long count(String words) {
        return select("SELECT ?s { ?s text:query (ng:headline ng:body ng:quote '" + words + "') }", "s").size();
    }

    private List<String> select(String query, String... vars) {
        return store.read(dsg -> rows(dsg, query, vars));
    }

    private static List<String> rows(DatasetGraph dsg, String query, String... vars) {
        List<String> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + query).build()) {
            exec.select().forEachRemaining(row -> {
                List<String> values = new ArrayList<>();
                for (String var : vars) {
                    Node n = row.get(var);
                    values.add(n == null ? "-" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                }
                rows.add(String.join(" ", values));
            });
        }
        return rows;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

}
