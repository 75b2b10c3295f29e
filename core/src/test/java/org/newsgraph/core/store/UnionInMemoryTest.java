package org.newsgraph.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.bench.SyntheticStories;
import org.newsgraph.core.story.PostFacts;

/**
 * The store's copy of the union in memory answers default-graph queries exactly as TDB2 does
 * (the oracle is {@link Store#readNamedGraphs}, which never uses the copy), follows every write,
 * gives each reader one version throughout, and is let go when the union outgrows it.
 */
class UnionInMemoryTest extends StoreOnDisk {
    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** Default-graph queries of every shape the copy must answer: joins, OPTIONAL, paths, EXISTS, aggregates, subqueries. */
    private static final List<String> QUERIES = List.of(
            "SELECT ?pledger ?currency (SUM(?value) AS ?total) (COUNT(DISTINCT ?pledge) AS ?n) { ?pledge a ng:Pledge ;"
                    + " ng:pledger/rdfs:label ?pledger ; ng:amount ?amount . ?amount ng:value ?value ; ng:currency ?currency }"
                    + " GROUP BY ?pledger ?currency",
            "SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?n) { ?m a ng:Meeting ; ng:participant ?x , ?y . ?x rdfs:label ?a ."
                    + " ?y rdfs:label ?b FILTER (?a < ?b) } GROUP BY ?a ?b",
            "SELECT ?s ?q ?at { ?s a ng:Statement ; ng:quote ?q . OPTIONAL { ?s ng:mentionedIn/ng:publishedAt ?at }"
                    + " FILTER (CONTAINS(LCASE(?q), 'the')) }",
            "SELECT ?p ?country { ?p ng:holdsRole/ng:roleOf ?country FILTER NOT EXISTS { ?country a ng:Person } }",
            "SELECT ?e (COUNT(?post) AS ?posts) { { SELECT ?e { ?e ng:participant ?x } LIMIT 1000000 } ?e ng:mentionedIn ?post } GROUP BY ?e",
            "SELECT ?s ?p ?o { ?s ?p ?o FILTER (isLiteral(?o) && datatype(?o) != <http://www.w3.org/2001/XMLSchema#string>) }",
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
            "ASK { ?x ng:accuser ?y ; ng:accused ?z }");

    @BeforeEach
    void fill() {
        List<PostFacts> posts = new ArrayList<>();
        new SyntheticStories(7).generate(6, 8, posts::add);
        store.write(posts);
    }

    @Test
    void theCopyAnswersDefaultGraphQueriesAsTdb2Does() {
        assertTrue(store.keepInMemory(1_000_000));
        assertTrue(store.inMemory().triples() > 1000, "the union is copied: " + store.inMemory());
        long before = store.inMemory().queriesAnswered();
        for (String query : QUERIES) {
            assertTrue(store.<Boolean>read(dsg -> {
                try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + query).build()) {
                    return query.startsWith("ASK") ? exec.ask() : exec.select().hasNext();
                }
            }), "the data answer " + query);
        }
        assertAllAnswersAgree();
        assertEquals(before + 2L * QUERIES.size(), store.inMemory().queriesAnswered(), "every query was answered from memory");
    }

    @Test
    void queriesOfNamedGraphsSearchesAndDatasetsAreLeftToTdb2() {
        store.keepInMemory(1_000_000);
        long before = store.inMemory().queriesAnswered();
        List<String> elsewhere = List.of(
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ng:Post } }",
                "SELECT ?g { ?s a ng:Pledge . GRAPH ?g { ?s ng:pledger ?p } }",
                "SELECT ?s { ?s a ng:Post FILTER EXISTS { GRAPH ?g { ?s ng:headline ?h } } }",
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'talks' }",
                "SELECT (COUNT(*) AS ?n) FROM <urn:x:none> { ?s ?p ?o }");
        for (String query : elsewhere) {
            assertAgrees(query);
        }
        assertEquals(before, store.inMemory().queriesAnswered());
    }

    @Test
    void theCopyFollowsEveryWrite() throws Exception {
        store.keepInMemory(1_000_000);
        List<PostFacts> more = new ArrayList<>();
        new SyntheticStories(8).generate(2, 5, more::add);
        store.write(more);
        assertAllAnswersAgree();
        store.update(UpdateFactory.create(PREFIXES + "DELETE WHERE { GRAPH ?g { ?s a ng:Meeting ; ?p ?o } }"), Duration.ofMinutes(1));
        assertAllAnswersAgree();
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:n> \"01\"^^<http://www.w3.org/2001/XMLSchema#integer> } }"),
                Duration.ofMinutes(1));
        assertAgrees("SELECT ?o { <urn:x:a> <urn:x:n> ?o }");
        assertAgrees("SELECT ?s { ?s <urn:x:n> 1 }");
        assertAgrees("SELECT ?s { ?s <urn:x:n> \"0001\"^^<http://www.w3.org/2001/XMLSchema#integer> }");
        store.delete("urn:x:g");
        assertAgrees("SELECT ?s { ?s <urn:x:n> 1 }");
        store.compact();
        Path file = folder.resolve("more.nq");
        Files.writeString(file, "<urn:x:d> <urn:x:n> \"7\"^^<http://www.w3.org/2001/XMLSchema#int> <urn:x:g4> .\n");
        store.load(file);
        assertAgrees("SELECT ?s ?o { ?s <urn:x:n> ?o }");
        assertAllAnswersAgree();
        store.update(UpdateFactory.create("CLEAR ALL"), Duration.ofMinutes(1));
        assertEquals(0, store.inMemory().triples(), "CLEAR ALL empties the copy too");
        assertTrue(store.inMemory().held());
        assertAllAnswersAgree();
    }

    @Test
    void everyQueryWhileWritesGoOnSeesOneVersion() throws Exception {
        store.keepInMemory(1_000_000);
        // Every post has one headline: a query that counts both in one go must find them equal.
        String query = PREFIXES + "SELECT ?posts ?headlines { { SELECT (COUNT(*) AS ?posts) { ?p a ng:Post } }"
                + " { SELECT (COUNT(*) AS ?headlines) { ?p ng:headline ?h } } }";
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = threads.submit(() -> {
                SyntheticStories stories = new SyntheticStories(9);
                for (int round = 0; round < 20; round++) {
                    List<PostFacts> posts = new ArrayList<>();
                    stories.generate(1, 3, posts::add);
                    store.write(posts);
                    store.delete(store.read(UnionInMemoryTest::anyPostGraph));
                }
                writing.set(false);
                return null;
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    int checked = 0;
                    while (writing.get() || checked == 0) {
                        store.read(dsg -> {
                            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                                var row = exec.select().next();
                                assertEquals(row.get("posts"), row.get("headlines"), "one version per query");
                            }
                            return null;
                        });
                        checked++;
                    }
                    return checked;
                }));
            }
            writer.get(2, TimeUnit.MINUTES);
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get(1, TimeUnit.MINUTES) > 0);
            }
        } finally {
            threads.shutdownNow();
        }
        assertAllAnswersAgree();
    }

    @Test
    void aUnionLargerThanAllowedIsLeftToTdb2() {
        assertFalse(store.keepInMemory(100), "the union holds more than 100 triples");
        assertEquals(new Store.InMemory(false, 0, 0, 0), store.inMemory());
        assertAllAnswersAgree();
    }

    @Test
    void aCopyOutgrownByWritesIsLetGo() {
        long triples = store.read(dsg -> dsg.getDefaultGraph().size());
        assertTrue(store.keepInMemory(triples + 10));
        StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <urn:x:g> {");
        for (int i = 0; i < 20; i++) {
            insert.append(" <urn:x:s> <urn:x:p> ").append(i).append(" .");
        }
        store.update(UpdateFactory.create(insert.append(" } }").toString()), Duration.ofMinutes(1));
        assertFalse(store.inMemory().held());
        long before = store.inMemory().queriesAnswered();
        assertAllAnswersAgree();
        assertEquals(before, store.inMemory().queriesAnswered());
    }

    private static String anyPostGraph(DatasetGraph dsg) {
        return dsg.listGraphNodes().next().getURI();
    }

    private void assertAllAnswersAgree() {
        QUERIES.forEach(this::assertAgrees);
    }

    private void assertAgrees(String query) {
        String text = PREFIXES + query;
        if (text.contains("ASK")) {
            boolean expected = store.readNamedGraphs(dsg -> QueryExec.dataset(dsg).query(text).ask());
            assertEquals(expected, store.read(dsg -> QueryExec.dataset(dsg).query(text).ask()), query);
            return;
        }
        RowSetRewindable expected = store.readNamedGraphs(dsg -> select(dsg, text));
        RowSetRewindable actual = store.read(dsg -> select(dsg, text));
        assertTrue(ResultSetCompare.equalsByTerm(expected, actual), query + "\nexpected " + expected.size() + " rows, got " + actual.size());
    }

    private static RowSetRewindable select(DatasetGraph dsg, String query) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = exec.select();
            return rows.rewindable();
        }
    }
}
