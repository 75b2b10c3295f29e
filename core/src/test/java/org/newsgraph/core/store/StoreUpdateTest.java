package org.newsgraph.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.ontology.NG;

/** SPARQL Update and merges on a real TDB2 folder: named graphs change, the bookkeeping never does. */
class StoreUpdateTest extends StoreOnDisk {
    private static final String G = "http://example.org/graph/extra";
    /** Far more than any update here needs. */
    private static final Duration LIMIT = Duration.ofMinutes(1);

    @BeforeEach
    void fill() {
        store.write(Fixtures.pledgePost());
    }

    @Test
    void anUpdateChangesNamedGraphsAndQueriesSeeIt() {
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + G + "> { <urn:x:a> <urn:x:b> 1 } }"), LIMIT);
        assertTrue(ask("ASK { <urn:x:a> <urn:x:b> 1 }"), "the union shows the new graph");
        store.update(UpdateFactory.create("WITH <" + G + "> DELETE { ?s ?p ?o } INSERT { ?s ?p 2 } WHERE { ?s ?p ?o }"), LIMIT);
        assertTrue(ask("ASK { GRAPH <" + G + "> { <urn:x:a> <urn:x:b> 2 } }"));
    }

    @Test
    void anUpdateReadsTheUnionAsItsDefaultGraph() {
        store.update(UpdateFactory.create("PREFIX ng: <" + NG.NS + "> INSERT { GRAPH <" + G + "> { ?p a ng:Seen } }"
                + " WHERE { ?p a ng:Pledge }"), LIMIT);
        assertTrue(ask("PREFIX ng: <" + NG.NS + "> ASK { GRAPH <" + G + "> { ?p a ng:Seen } }"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLEAR ALL", "DROP ALL", "CLEAR NAMED", "DROP NAMED"})
    void clearingAllEmptiesTheNamedGraphsAndKeepsTheBookkeeping(String update) {
        long bookkeeping = bookkeeping();
        assertTrue(bookkeeping > 1, "the base and the slugs of the post's entities");
        store.update(UpdateFactory.create(update), LIMIT);
        assertEquals(0, store.size());
        assertEquals(bookkeeping, bookkeeping());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
            "DELETE DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
            "INSERT { ?s <urn:x:b> 1 } WHERE { ?s ?p ?o }",
            "DELETE WHERE { ?s ?p ?o }",
            "CLEAR DEFAULT",
            "DROP DEFAULT",
            "ADD <urn:x:g> TO DEFAULT",
            "MOVE DEFAULT TO <urn:x:g>",
            "LOAD <http://example.org/data.ttl>",
            "INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { <urn:x:a> <urn:x:b> <urn:x:c> } }",
            "INSERT { GRAPH <urn:x-arq:UnionGraph> { ?s <urn:x:b> 1 } } WHERE { ?s ?p ?o }",
            "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } } ; CLEAR DEFAULT",
    })
    void writesToTheDefaultGraphAreRefusedWhole(String update) {
        long before = store.size();
        long bookkeeping = bookkeeping();
        UpdateRefused refused = assertThrows(UpdateRefused.class, () -> store.update(UpdateFactory.create(update), LIMIT));
        assertTrue(refused.getMessage().contains("named graph") || refused.getMessage().contains("LOAD"), refused::getMessage);
        assertEquals(before, store.size());
        assertEquals(bookkeeping, bookkeeping());
        assertFalse(ask("ASK { GRAPH <urn:x:g> { ?s ?p ?o } }"));
    }

    @Test
    void anUpdateThatOutrunsItsTimeoutIsStoppedAndChangesNothing() {
        long before = store.size();
        String crossProduct = "INSERT { GRAPH <" + G + "> { ?a ?b ?c } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        assertThrows(QueryCancelledException.class, () -> store.update(UpdateFactory.create(crossProduct), Duration.ofMillis(1)));
        assertEquals(before, store.size());
        assertFalse(ask("ASK { GRAPH <" + G + "> { ?s ?p ?o } }"));
    }

    @Test
    void theBookkeepingCannotBeReadThroughTheNamedGraphsView() {
        String bookkeeping = "ASK { GRAPH <urn:x-arq:DefaultGraph> { <urn:newsgraph:store> ?p ?o } }";
        boolean byQuery = store.readNamedGraphs(dsg -> QueryExec.dataset(dsg).query(bookkeeping).ask());
        assertFalse(byQuery);
        boolean byApi = store.readNamedGraphs(dsg -> dsg.getDefaultGraph().contains(
                NodeFactory.createURI("urn:newsgraph:store"), Node.ANY, Node.ANY));
        assertFalse(byApi);
        assertEquals(store.size(), (long) store.readNamedGraphs(dsg -> dsg.getDefaultGraph().size()),
                "the default graph is the union, which has one post graph here");
    }

    @Test
    void aMergeAddsToAGraphAndIsValidatedWhole() {
        Graph more = GraphFactory.createDefaultGraph();
        Node post = NodeFactory.createURI(Fixtures.BASE + "id/post/harbour-summit/202411021015");
        more.add(Triple.create(post, NG.headline.asNode(), NodeFactory.createLiteralString("A second headline")));
        String graph = Fixtures.BASE + "graph/post/harbour-summit/202411021015";
        WriteResult refused = store.merge(graph, more);
        assertEquals(WriteResult.Outcome.REFUSED, refused.outcome(), "a post has one headline");
        assertFalse(ask("ASK { ?p <" + NG.headline.getURI() + "> 'A second headline' }"));

        Graph note = GraphFactory.createDefaultGraph();
        note.add(Triple.create(NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:b"), NodeFactory.createLiteralString("c")));
        long before = store.size();
        assertEquals(WriteResult.Outcome.WRITTEN, store.merge(graph, note).outcome());
        assertEquals(before + 1, store.size());
    }

    /** The triples of the stored default graph: the store's own records. */
    /** The triples of the stored default graph, read from the folder itself (clients never see them). */
    private long bookkeeping() {
        store.close();
        DatasetGraph stored = DatabaseMgr.connectDatasetGraph(tdb2().toString());
        long triples = Txn.calculateRead(stored, () -> (long) stored.getDefaultGraph().size());
        TDBInternal.expel(stored);
        store = Store.open(tdb2(), Fixtures.BASE);
        return triples;
    }

    private boolean ask(String query) {
        return store.read(dsg -> QueryExec.dataset(dsg).query(query).ask());
    }
}
