package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * Jena's RDFConnection, a client as other programs would use it, against the three routes:
 * queries, updates and the Graph Store, with HTTP Basic answered by Java's own authenticator
 * (which needs the service's 401 to carry a Basic challenge of its own).
 */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class RdfConnectionTest {
    private static final String G = "http://example.org/graph/rdfconnection";

    @TestHTTPResource("/")
    String root;

    @Test
    void queriesUpdatesAndGraphsThroughRdfConnection() {
        HttpClient basic = HttpClient.newBuilder().authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(Writable.USER, Writable.PASSWORD.toCharArray());
            }
        }).build();
        try (RDFConnection conn = RDFConnectionRemote.newBuilder().destination(root).queryEndpoint("sparql")
                .updateEndpoint("update").gspEndpoint("data").httpClient(basic).build()) {
            conn.update("INSERT DATA { GRAPH <" + G + "> { <http://example.org/a> <http://example.org/b> 1 } }");
            assertTrue(conn.queryAsk("ASK { GRAPH <" + G + "> { ?s ?p 1 } }"));
            Graph two = RDFParser.fromString("<http://example.org/a> <http://example.org/b> 2 .", Lang.TURTLE).toGraph();
            conn.put(G, ModelFactory.createModelForGraph(two));
            assertTrue(conn.fetch(G).getGraph().isIsomorphicWith(two));
            conn.load(G, ModelFactory.createModelForGraph(
                    RDFParser.fromString("<http://example.org/a> <http://example.org/c> 3 .", Lang.TURTLE).toGraph()));
            assertEquals(2, conn.fetch(G).size());
            conn.delete(G);
            assertFalse(conn.queryAsk("ASK { GRAPH <" + G + "> { ?s ?p ?o } }"));
        }
    }
}
