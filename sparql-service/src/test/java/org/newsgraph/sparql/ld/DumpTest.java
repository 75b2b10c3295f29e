package org.newsgraph.sparql.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.TestStore;

/** /dump: gzip N-Quads of exactly the store's post graphs, read here with a plain HTTP client. */
@QuarkusTest
@WithTestResource(TestStore.class)
class DumpTest {
    @TestHTTPResource("/dump")
    URI dump;

    @Test
    void theDumpIsTheStoresPostGraphsAndNothingElse() throws IOException, InterruptedException {
        // java.net.http does not decode Content-Encoding, so this sees the bytes as sent.
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(dump).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/n-quads"));
        String nquads;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            nquads = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertFalse(nquads.contains("urn:newsgraph:"), "none of the store's bookkeeping");
        DatasetGraph dumped = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dumped);
        assertTrue(dumped.getDefaultGraph().isEmpty(), "every quad is in a post graph");

        List<String> graphs = Fixture.column("SELECT DISTINCT ?g { GRAPH ?g { } }", "g");
        assertEquals(3, graphs.size(), "the test store's three posts");
        assertEquals(graphs.size(), Iter.count(dumped.listGraphNodes()));
        for (String graph : graphs) {
            Node name = NodeFactory.createURI(graph);
            assertTrue(graph.startsWith(Fixture.iri("graph/post/")), graph);
            DatasetGraph stored = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(construct(graph), Lang.NTRIPLES).parse(stored.getGraph(name));
            assertTrue(IsoMatcher.isomorphic(stored.getGraph(name), dumped.getGraph(name)), graph);
            assertEquals(stored.getGraph(name).size(), dumped.getGraph(name).size(), graph);
        }
    }

    /** The triples of one named graph, as the query endpoint gives them. */
    private static String construct(String graph) {
        return io.restassured.RestAssured.given()
                .queryParam("query", "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }")
                .accept("application/n-triples").get("/sparql").then().statusCode(200).extract().asString();
    }
}
