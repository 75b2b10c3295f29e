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

    /** Terms whose equality is easy to get wrong on ids: numbers, big integers, language tags, dates with and without zones. */
    private static final String TERMS = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
            + "INSERT DATA { GRAPH <urn:x:terms> {"
            + " <urn:x:i1> <urn:x:v> 1 . <urn:x:i2> <urn:x:v> \"01\"^^xsd:integer . <urn:x:d1> <urn:x:v> 1.0 ."
            + " <urn:x:f1> <urn:x:v> \"1.0E0\"^^xsd:double . <urn:x:n1> <urn:x:v> -5 . <urn:x:n2> <urn:x:v> -0.25 ."
            + " <urn:x:big> <urn:x:v> 1152921504606846977 . <urn:x:big2> <urn:x:v> -98765432109876543210 ."
            + " <urn:x:int> <urn:x:v> \"1\"^^xsd:int . <urn:x:b1> <urn:x:v> true . <urn:x:b2> <urn:x:v> \"1\"^^xsd:boolean ."
            + " <urn:x:l1> <urn:x:w> \"harbour\"@en . <urn:x:l2> <urn:x:w> \"harbour\"@EN-gb . <urn:x:l3> <urn:x:w> \"harbour\"@en-GB ."
            + " <urn:x:l4> <urn:x:w> \"harbour\" . <urn:x:l5> <urn:x:w> \"harbour\"^^xsd:string . <urn:x:l6> <urn:x:w> \"harbour\"@fr ."
            + " <urn:x:t1> <urn:x:at> \"2024-05-01T10:00:00Z\"^^xsd:dateTime . <urn:x:t2> <urn:x:at> \"2024-05-01T12:00:00+02:00\"^^xsd:dateTime ."
            + " <urn:x:t3> <urn:x:at> \"2024-05-01T10:00:00\"^^xsd:dateTime . <urn:x:t4> <urn:x:at> \"2024-05-01T10:00:00.000Z\"^^xsd:dateTime ."
            + " <urn:x:t5> <urn:x:at> \"2024-05-01T23:30:00-14:00\"^^xsd:dateTime . <urn:x:t6> <urn:x:at> \"2024-05-01\"^^xsd:date ."
            + " <urn:x:t7> <urn:x:at> \"2024-05-01Z\"^^xsd:date . <urn:x:t8> <urn:x:at> \"2024-05-02T09:00:00\"^^xsd:dateTime ."
            + " _:b <urn:x:w> \"harbour\"@en . _:b <urn:x:v> 1 . <urn:x:i1> <urn:x:knows> _:b ."
            + " } }";
    private static final List<String> TERM_QUERIES = List.of(
            "SELECT ?s ?o { ?s <urn:x:v> ?o }",
            "SELECT ?s { ?s <urn:x:v> 1 }",
            "SELECT ?s { ?s <urn:x:v> 1.0 }",
            "SELECT ?s { ?s <urn:x:v> \"1\"^^<http://www.w3.org/2001/XMLSchema#double> }",
            "SELECT ?s { ?s <urn:x:v> 1152921504606846977 }",
            "SELECT ?a ?b { ?a <urn:x:v> ?o . ?b <urn:x:v> ?o }",
            "SELECT ?s ?o { ?s <urn:x:v> ?o FILTER (?o = 1) }",
            "SELECT ?s ?o { ?s <urn:x:v> ?o FILTER (sameTerm(?o, 1)) }",
            "SELECT ?s ?o { ?s <urn:x:v> ?o FILTER (?o > 0 && ?o < 2) }",
            "SELECT ?s ?o { ?s <urn:x:v> ?o FILTER (?o != 1) }",
            "SELECT ?s { ?s <urn:x:w> \"harbour\"@en }",
            "SELECT ?s { ?s <urn:x:w> \"harbour\"@EN }",
            "SELECT ?s { ?s <urn:x:w> \"harbour\"@en-gb }",
            "SELECT ?s { ?s <urn:x:w> \"harbour\" }",
            "SELECT ?s ?o { ?s <urn:x:w> ?o FILTER (?o = \"harbour\") }",
            "SELECT ?s ?o { ?s <urn:x:w> ?o FILTER (langMatches(lang(?o), \"en\")) }",
            "SELECT ?a ?b { ?a <urn:x:w> ?o . ?b <urn:x:w> ?o FILTER (?a != ?b) }",
            "SELECT ?s ?o { ?s <urn:x:at> ?o }",
            "SELECT ?s { ?s <urn:x:at> \"2024-05-01T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> }",
            "SELECT ?s ?o { ?s <urn:x:at> ?o FILTER (?o = \"2024-05-01T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>) }",
            "SELECT ?s ?o { ?s <urn:x:at> ?o FILTER (?o < \"2024-05-01T11:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>) }",
            "SELECT ?s ?o { ?s <urn:x:at> ?o FILTER (?o >= \"2024-05-01T10:00:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime>) }",
            "SELECT ?a ?b { ?a <urn:x:at> ?x . ?b <urn:x:at> ?y FILTER (?x = ?y && ?a != ?b) }",
            "SELECT ?s ?x ?y { ?s <urn:x:knows> ?b . ?b <urn:x:w> ?x ; <urn:x:v> ?y }",
            "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o FILTER (isLiteral(?o)) }");

    @Test
    void termsCompareOnIdsAsTheyDoInTdb2() {
        store.update(UpdateFactory.create(TERMS), Duration.ofMinutes(1));
        assertTrue(store.keepInMemory(1_000_000));
        long before = store.inMemory().queriesAnswered();
        for (String query : TERM_QUERIES) {
            assertTrue(store.<Boolean>read(dsg -> select(dsg, query).hasNext()), "the data answer " + query);
            assertAgrees(query);
        }
        assertEquals(before + TERM_QUERIES.size() * 2L, store.inMemory().queriesAnswered(), "every query was answered from memory");
        // Beyond 2^56 an integer is not kept as a value: another spelling is another term, in TDB2 too.
        String spelled = "SELECT ?s { ?s <urn:x:v> \"+0001152921504606846977\"^^<http://www.w3.org/2001/XMLSchema#integer> }";
        assertFalse(store.<Boolean>read(dsg -> select(dsg, spelled).hasNext()));
        assertAgrees(spelled);
        // The same terms written after the copy was made: they reach it through its delta.
        store.update(UpdateFactory.create("DROP GRAPH <urn:x:terms>"), Duration.ofMinutes(1));
        TERM_QUERIES.forEach(this::assertAgrees);
        store.update(UpdateFactory.create(TERMS), Duration.ofMinutes(1));
        TERM_QUERIES.forEach(this::assertAgrees);
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
