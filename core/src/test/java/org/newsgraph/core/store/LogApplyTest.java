package org.newsgraph.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.story.PostFacts;

/** {@link Store#apply}: changes and log positions in one transaction, on a real TDB2 folder. */
class LogApplyTest extends StoreOnDisk {
    private final IriMinter iris = new IriMinter(Fixtures.BASE, SlugRegistry.inMemory());

    @Test
    void changesAndPositionsAreKeptTogetherAcrossReopening() {
        PostFacts post = Fixtures.pledgePost();
        String graph = iris.graph(post.post());
        List<WriteResult> results = store.apply(List.of(GraphChange.replace(graph, PostGraph.of(post, iris))),
                Map.of("newsgraph.graphs-0", 7L, "newsgraph.graphs-1", 3L));
        assertEquals(WriteResult.Outcome.WRITTEN, results.get(0).outcome(), () -> results.get(0).problem().orElse(""));
        store.apply(List.of(), Map.of("newsgraph.graphs-1", 5L));
        store.close();
        store = Store.open(tdb2(), Fixtures.BASE);
        assertEquals(Map.of("newsgraph.graphs-0", 7L, "newsgraph.graphs-1", 5L), store.positions());
        assertTrue(store.size() > 0);
        assertEquals(0, (int) store.read(dsg -> dsg.getDefaultGraph().find(null, NodeFactory.createURI("urn:newsgraph:position"), null).toList().size()),
                "queries do not see the positions");
    }

    @Test
    void aRefusedGraphChangesNothingButThePositionMovesOn() {
        Graph bad = GraphFactory.createDefaultGraph();
        // A post without its required properties breaks the shapes.
        bad.add(Triple.create(NodeFactory.createURI(Fixtures.BASE + "id/post/x/1"),
                NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("https://w3id.org/newsgraph/ontology#Post")));
        WriteResult result = store.apply(List.of(GraphChange.replace(Fixtures.BASE + "graph/post/x/1", bad)),
                Map.of("newsgraph.graphs-0", 1L)).get(0);
        assertEquals(WriteResult.Outcome.REFUSED, result.outcome());
        assertEquals(0, store.size());
        assertEquals(Map.of("newsgraph.graphs-0", 1L), store.positions());
    }

    @Test
    void aDeletionRemovesTheGraphOnceAndThenChangesNothing() {
        PostFacts post = Fixtures.pledgePost();
        String graph = iris.graph(post.post());
        store.apply(List.of(GraphChange.replace(graph, PostGraph.of(post, iris))), Map.of());
        assertEquals(WriteResult.Outcome.WRITTEN, store.apply(List.of(GraphChange.delete(graph)), Map.of()).get(0).outcome());
        assertEquals(WriteResult.Outcome.UNCHANGED, store.apply(List.of(GraphChange.delete(graph)), Map.of()).get(0).outcome());
        assertEquals(0, store.size());
        assertFalse(store.positions().containsKey(graph));
    }
}
