package org.newsgraph.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.bench.SyntheticStories;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.ontology.NG;

/**
 * A load into an empty store takes the bulk path and leaves exactly the store that loading graph
 * by graph leaves: the same quads in every graph, the merged union's included, the same answers,
 * the text index too; a refused file leaves the store empty.
 */
class BulkLoadTest {
    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            + " PREFIX text: <http://jena.apache.org/text#> ";
    private static final List<String> QUERIES = List.of(
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
            "SELECT ?who ?c (SUM(?v) AS ?total) { ?p a ng:Pledge ; ng:pledger ?w ; ng:amount [ ng:value ?v ; ng:currency ?c ] ."
                    + " ?w rdfs:label ?who } GROUP BY ?who ?c ORDER BY ?who ?c",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
            "SELECT ?s ?q { ?s text:query (ng:quote 'harbour' 1000) ; ng:quote ?q } ORDER BY ?s ?q",
            "SELECT ?s { ?s text:query (ng:headline 'lighthouse') } ORDER BY ?s",
            "SELECT ?s ?v { ?s <http://example.org/x/amount> ?v } ORDER BY ?s");
    /** A graph the file does not hold, written first so that the second store is not empty, then deleted. */
    private static final String OTHER = "http://example.org/graph/other";

    @TempDir
    Path folder;

    @Test
    void aBulkLoadLeavesTheStoreThatLoadingGraphByGraphLeaves() throws IOException {
        Path file = corpus(folder.resolve("corpus.nq"));
        Path bulkFolder = folder.resolve("bulk");
        Path stepFolder = folder.resolve("step");
        List<String> bulkAnswers;
        List<String> stepAnswers;
        LoadResult bulk;
        LoadResult step;
        try (Store store = Store.open(bulkFolder, Fixtures.BASE)) {
            bulk = store.load(file);
            bulkAnswers = answers(store);
        }
        try (Store store = Store.open(stepFolder, Fixtures.BASE)) {
            // One triple shared with the file: deleting this graph must leave it in the union.
            Graph other = GraphFactory.createDefaultGraph();
            other.add(Triple.create(NodeFactory.createURI("http://example.org/x/post0"), NodeFactory.createURI("http://example.org/x/amount"), twelve()));
            other.add(Triple.create(NodeFactory.createURI("http://example.org/x/only"), NodeFactory.createURI("http://example.org/x/p"), NodeFactory.createLiteralString("gone")));
            assertEquals(WriteResult.Outcome.WRITTEN, store.replace(OTHER, other).outcome());
            step = store.load(file);
            assertTrue(store.delete(OTHER));
            stepAnswers = answers(store);
        }
        assertTrue(bulk.bulk(), "the empty store is bulk-loaded");
        assertFalse(step.bulk(), "the store holding a graph is loaded graph by graph");
        assertEquals(new LoadResult(step.graphs(), step.quads(), true), bulk);
        assertEquals(stepAnswers, bulkAnswers);
        assertTrue(bulkAnswers.get(3).contains("harbour") && bulkAnswers.get(4).contains("post0"), "the text index answers: " + bulkAnswers);

        Stored bulkStored = stored(bulkFolder);
        Stored stepStored = stored(stepFolder);
        assertEquals(stepStored.quads(), bulkStored.quads(), "every graph's quads, the merged union's included");
        assertEquals(stepStored.bookkeeping(), bulkStored.bookkeeping());
        long union = bulkStored.quads().stream().filter(q -> q.getGraph().getURI().equals("urn:newsgraph:merged")).count();
        assertTrue(union > 0 && union < bulk.quads(), "the union holds each repeated triple once: " + union + " of " + bulk.quads());

        try (Store store = Store.open(bulkFolder, Fixtures.BASE)) {
            assertEquals(bulkAnswers, answers(store), "reopened, with its text index in step");
        }
    }

    @Test
    void aRefusedFileLeavesTheEmptyStoreEmpty() throws IOException {
        Path tdb2 = folder.resolve("tdb2");
        Path broken = Files.writeString(folder.resolve("broken.nq"),
                "<http://example.org/x/a> <http://example.org/x/p> \"fine\" <http://example.org/x/g> .\n<http://example.org/x/a> <http://example.org/x/p> \"fine too\" <http://example.org/x/g> .\nnot a quad at all\n");
        Path reserved = Files.writeString(folder.resolve("reserved.nq"),
                "<http://example.org/x/a> <http://example.org/x/p> \"fine\" <http://example.org/x/g> .\n<http://example.org/x/a> <http://example.org/x/p> \"sneaky\" <urn:newsgraph:merged> .\n");
        try (Store store = Store.open(tdb2, Fixtures.BASE)) {
            LoadRefused syntax = assertThrows(LoadRefused.class, () -> store.load(broken));
            assertTrue(syntax.getMessage().contains("line: 3"), syntax.getMessage());
            LoadRefused layer = assertThrows(LoadRefused.class, () -> store.load(reserved));
            assertTrue(layer.getMessage().contains("merged graph"), layer.getMessage());
            assertEquals(0, store.size());
        }
        assertEquals(Set.of(), stored(tdb2).quads(), "no graph holds anything, the union neither");
    }

    @Test
    void aStoreWithFollowersIsLoadedGraphByGraphAndTellsThem() throws IOException {
        Path file = Files.writeString(folder.resolve("small.nq"), "<http://example.org/x/a> <http://example.org/x/p> \"told\" <http://example.org/x/g> .\n");
        try (Store store = Store.open(folder.resolve("tdb2"), Fixtures.BASE)) {
            assertTrue(store.keepInMemory(1000));
            assertFalse(store.load(file).bulk());
            assertEquals(1, store.inMemory().triples());
        }
    }

    /** Synthetic posts that repeat triples across graphs, with a decimal to make canonical and a headline to index. */
    private static Path corpus(Path file) throws IOException {
        IriMinter iris = new IriMinter(Fixtures.BASE, SlugRegistry.inMemory());
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            new SyntheticStories(3).generate(6, 8, facts -> {
                Node name = NodeFactory.createURI(iris.graph(facts.post()));
                PostGraph.of(facts, iris).find().forEachRemaining(t -> writer.quad(Quad.create(name, t)));
            });
            for (int i = 0; i < 2; i++) {
                Node name = NodeFactory.createURI("http://example.org/graph/extra" + i);
                writer.quad(Quad.create(name, Triple.create(NodeFactory.createURI("http://example.org/x/post0"), NodeFactory.createURI("http://example.org/x/amount"),
                        twelve())));
                writer.quad(Quad.create(name, Triple.create(NodeFactory.createURI("http://example.org/x/post0"), NG.headline.asNode(),
                        NodeFactory.createLiteralString("A lighthouse reopens"))));
            }
            writer.finish();
        }
        return file;
    }

    /** 12 as an xsd:decimal in a form that is not the canonical one. */
    private static Node twelve() {
        return NodeFactory.createLiteralDT("12", XSDDatatype.XSDdecimal);
    }

    private static List<String> answers(Store store) {
        return QUERIES.stream().map(text -> store.read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + text).build()) {
                return ResultSetFormatter.asText(ResultSet.adapt(exec.select()));
            }
        })).toList();
    }

    /** What a closed store's folder holds: the quads of every named graph, and the bookkeeping but the text index's generation. */
    private record Stored(Set<Quad> quads, Set<Triple> bookkeeping) {}

    private static Stored stored(Path tdb2) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb2.toString());
        try {
            return Txn.calculateRead(dsg, () -> {
                Set<Quad> quads = new HashSet<>();
                dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                Set<Triple> bookkeeping = new HashSet<>();
                dsg.getDefaultGraph().find().filterDrop(t -> t.getPredicate().getURI().equals("urn:newsgraph:textGeneration"))
                        .forEachRemaining(bookkeeping::add);
                return new Stored(quads, bookkeeping);
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
