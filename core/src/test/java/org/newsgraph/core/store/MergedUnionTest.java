package org.newsgraph.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.ontology.NG;

/**
 * The merged layer answers exactly what the union of the post graphs would, and stays in step
 * with every kind of write: each query is run over the store and over an in-memory dataset whose
 * default graph is built here as the union of the store's named graphs.
 */
class MergedUnionTest extends StoreOnDisk {
    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final String EXTRA = "http://example.org/graph/extra";
    private static final Duration LIMIT = Duration.ofMinutes(1);

    @BeforeEach
    void fill() {
        // Two posts reporting one pledge: its triples sit in both graphs, once in the union.
        store.write(List.of(Fixtures.pledgePost(), Fixtures.plainPost(2, "10:30"), Fixtures.pledgePostAgain()));
        store.replace(EXTRA, graph("<urn:x:a> <urn:x:knows> <urn:x:b> . <urn:x:b> <urn:x:knows> <urn:x:c> ."
                + " <urn:x:a> <" + NG.NS + "confidence> 0.5 ."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT ?s ?p ?o { ?s ?p ?o }",
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
            "SELECT ?who (SUM(?v) AS ?total) { ?p a ng:Pledge ; ng:pledger ?w ; ng:amount/ng:value ?v . ?w rdfs:label ?who } GROUP BY ?who",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            "SELECT DISTINCT ?g { GRAPH ?g { } }",
            "SELECT ?g { VALUES ?g { <urn:newsgraph:merged> <" + EXTRA + "> } GRAPH ?g { ?s ?p ?o } }",
            "SELECT ?s { ?s ?p ?o FILTER EXISTS { ?s a ng:Pledge } }",
            "SELECT ?s { ?s a ?t FILTER NOT EXISTS { ?s rdfs:label ?l } }",
            "SELECT ?x ?y { ?x <urn:x:knows>+ ?y }",
            "SELECT ?x { GRAPH ?g { ?x <urn:x:knows>/<urn:x:knows> ?y } }",
            "SELECT ?s ?o { GRAPH <urn:x-arq:DefaultGraph> { ?s rdfs:label ?o } }",
            "SELECT ?s ?o { GRAPH <urn:x-arq:UnionGraph> { ?s rdfs:label ?o } }",
            "SELECT ?s ?o { GRAPH <urn:newsgraph:merged> { ?s ?p ?o } }",
            "SELECT ?s ?l { ?s a ng:Post OPTIONAL { ?s ng:headline ?l } MINUS { ?s ng:position 2 } }",
            "SELECT ?n { { SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e ng:mentionedIn ?post } } }",
            "SELECT ?s FROM <" + EXTRA + "> { ?s ?p ?o }",
            "SELECT ?g ?s FROM NAMED <" + EXTRA + "> FROM NAMED <urn:newsgraph:merged> { GRAPH ?g { ?s ?p ?o } }",
            "SELECT ?s FROM <urn:x-arq:DefaultGraph> { ?s ?p ?o }",
            "SELECT ?s ?o { ?s ?p ?o FILTER(?p = <urn:newsgraph:base>) }",
    })
    void aQueryAnswersWhatTheUnionWould(String text) {
        assertSameRows(text);
    }

    @Test
    void constructAndDescribeSeeTheUnion() {
        for (String text : List.of("CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE ?p WHERE { ?p a ng:Pledge }")) {
            Query query = QueryFactory.create(PREFIXES + text);
            Graph fromStore = store.read(dsg -> {
                Graph g = GraphFactory.createDefaultGraph();
                try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                    (query.isConstructType() ? exec.construct() : exec.describe()).find().forEachRemaining(g::add);
                }
                return g;
            });
            Graph expected;
            try (QueryExec exec = QueryExec.dataset(reference()).query(query).build()) {
                expected = query.isConstructType() ? exec.construct() : exec.describe();
            }
            assertFalse(expected.isEmpty(), text);
            assertTrue(IsoMatcher.isomorphic(expected, fromStore), text);
        }
    }

    @Test
    void theLayerFollowsReplacesDeletesUpdatesAndLoads() throws Exception {
        store.write(Fixtures.plainPost(1, "10:15"));          // the first post loses its pledge
        assertLayerIsTheUnion();
        assertTrue(askStore("ASK { ?p a ng:Pledge }"), "the other post still reports it");
        store.delete(new IriMinter(Fixtures.BASE, SlugRegistry.inMemory()).graph(Fixtures.pledgePostAgain().post()));
        assertLayerIsTheUnion();
        assertFalse(askStore("ASK { ?p a ng:Pledge }"), "no post reports it any more");
        store.update(UpdateFactory.create("DELETE WHERE { GRAPH <" + EXTRA + "> { <urn:x:a> ?p ?o } } ;"
                + " INSERT DATA { GRAPH <urn:x:g2> { <urn:x:b> <urn:x:knows> <urn:x:c> } } ;"
                + " COPY <urn:x:g2> TO <urn:x:g3> ; CLEAR GRAPH <" + EXTRA + ">"), LIMIT);
        assertLayerIsTheUnion();
        assertTrue(askStore("ASK { <urn:x:b> <urn:x:knows> <urn:x:c> }"));
        Path file = folder.resolve("more.nq");
        Files.writeString(file, "<urn:x:d> <urn:x:knows> <urn:x:e> <urn:x:g2> .\n");
        store.load(file);
        assertLayerIsTheUnion();
        assertTrue(askStore("ASK { <urn:x:b> <urn:x:knows> <urn:x:c> }"), "still in <urn:x:g3>");
        store.update(UpdateFactory.create("CLEAR ALL"), LIMIT);
        assertLayerIsTheUnion();
        assertFalse(askStore("ASK { ?s ?p ?o }"));
    }

    @Test
    void findingInAnyGraphFindsThePostGraphsQuadsAndNothingElse() {
        long quads = store.size();
        for (Node any : new Node[] {null, Node.ANY}) {
            List<Node> graphs = store.read(dsg -> Iter.toList(Iter.map(dsg.find(any, Node.ANY, Node.ANY, Node.ANY), q -> q.getGraph())));
            assertEquals(quads, graphs.size());
            assertFalse(graphs.contains(NodeFactory.createURI("urn:newsgraph:merged")));
            assertFalse(graphs.stream().anyMatch(g -> g == null || Quad.isDefaultGraph(g)), "no bookkeeping, no union copies");
        }
    }

    @Test
    void theGenerationChangesWithEveryChangeAndOnlyThen() {
        long start = store.generation();
        store.write(Fixtures.pledgePost());
        assertEquals(start, store.generation(), "the same post again changes nothing");
        assertFalse(store.delete("http://example.org/graph/none"));
        assertEquals(start, store.generation(), "deleting a graph the store lacks changes nothing");
        store.write(Fixtures.plainPost(1, "10:15"));
        long written = store.generation();
        assertTrue(written > start, "a post written anew");
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }"), LIMIT);
        long updated = store.generation();
        assertTrue(updated > written, "an update");
        assertTrue(store.delete("urn:x:g"));
        assertTrue(store.generation() > updated, "a deleted graph");
    }

    @Test
    void theLayersOwnGraphCannotBeWritten() {
        assertEquals(WriteResult.Outcome.REFUSED, store.replace("urn:newsgraph:merged", graph("<urn:x:a> <urn:x:b> <urn:x:c> .")).outcome());
        assertThrows(UpdateRefused.class, () -> store.update(
                UpdateFactory.create("INSERT DATA { GRAPH <urn:newsgraph:merged> { <urn:x:a> <urn:x:b> <urn:x:c> } }"), LIMIT));
        assertFalse(store.delete("urn:newsgraph:merged"));
        assertLayerIsTheUnion();
    }

    @Test
    void aStoreMadeBeforeTheLayerGetsItWhenOpened() {
        Path old = folder.resolve("old");
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(old.toString());
        Txn.executeWrite(raw, () -> {
            raw.getDefaultGraph().add(NodeFactory.createURI("urn:newsgraph:store"), NodeFactory.createURI("urn:newsgraph:base"),
                    NodeFactory.createLiteralString(Fixtures.BASE));
            raw.add(NodeFactory.createURI(EXTRA), NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:b"),
                    NodeFactory.createURI("urn:x:c"));
        });
        TDBInternal.expel(raw);
        try (Store opened = Store.open(old, Fixtures.BASE)) {
            boolean inTheUnion = opened.read(dsg -> QueryExec.dataset(dsg).query("ASK { <urn:x:a> <urn:x:b> <urn:x:c> }").ask());
            assertTrue(inTheUnion);
            assertEquals(1, opened.size());
        }
    }

    private void assertSameRows(String text) {
        Query query = QueryFactory.create(PREFIXES + text);
        RowSetRewindable expected;
        try (QueryExec exec = QueryExec.dataset(reference()).query(query).build()) {
            expected = exec.select().rewindable();
        }
        RowSetRewindable actual = store.read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                return exec.select().rewindable();
            }
        });
        boolean same = ResultSetCompare.equalsByTerm(expected, actual);
        expected.reset();
        actual.reset();
        assertTrue(same, () -> text + "\nthe union:\n" + ResultSetFormatter.asText(ResultSet.adapt(expected)) + "the store:\n" + ResultSetFormatter.asText(ResultSet.adapt(actual)));
    }

    /** The store's named graphs, in memory, with their union written out as the default graph. */
    private DatasetGraph reference() {
        DatasetGraph copy = DatasetGraphFactory.create();
        store.readNamedGraphs(view -> {
            view.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                copy.add(q);
                copy.getDefaultGraph().add(q.asTriple());
            });
            return null;
        });
        return copy;
    }

    private void assertLayerIsTheUnion() {
        Graph union = reference().getDefaultGraph();
        Graph layer = store.read(dsg -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getDefaultGraph().find().forEachRemaining(g::add);
            return g;
        });
        assertTrue(union.isIsomorphicWith(layer), () -> "layer " + layer.size() + " triples, union " + union.size());
    }

    private boolean askStore(String text) {
        return store.read(dsg -> QueryExec.dataset(dsg).query(PREFIXES + text).ask());
    }

    private static Graph graph(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, new java.io.StringReader(turtle), null, Lang.TURTLE);
        return g;
    }
}
