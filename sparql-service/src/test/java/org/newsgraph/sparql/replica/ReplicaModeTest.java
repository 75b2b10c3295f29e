package org.newsgraph.sparql.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.log.LogFixtures;
import org.newsgraph.core.log.Topics;

/** The service as a read replica of a real broker's newsgraph.graphs, into a real TDB2 folder. */
@QuarkusTest
@WithTestResource(BrokerWithGraphs.class)
class ReplicaModeTest {
    private static final String POSTS = "SELECT ?p { ?p a <https://w3id.org/newsgraph/ontology#Post> }";

    @Inject
    Store store;

    @Test
    void readyOnlyOnceCaughtUpThenFollowsTheTopicAndRefusesWrites() throws Exception {
        awaitReady();
        // Ready means every graph on the topic at start is applied.
        assertEquals(BrokerWithGraphs.POSTS, count(POSTS));

        try (KafkaProducer<String, byte[]> producer = LogFixtures.producer(BrokerWithGraphs.servers)) {
            producer.send(BrokerWithGraphs.graph(LogFixtures.post(LogFixtures.STORY, 1, 1000, "A new update", "More harbour news.")));
            producer.send(new ProducerRecord<>(Topics.GRAPHS, BrokerWithGraphs.IRIS.graph(
                    LogFixtures.post(LogFixtures.STORY, 1, 0, "Update 0", "Harbour news number 0.")), null));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("ASK { ?p <https://w3id.org/newsgraph/ontology#headline> \"A new update\" }") == 0
                || count("ASK { ?p <https://w3id.org/newsgraph/ontology#headline> \"Update 0\" }") == 1) {
            assertTrue(System.nanoTime() < deadline, "the replica did not apply the new graph and the tombstone");
            Thread.sleep(200);
        }

        given().contentType("application/n-triples").body("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("graph", "http://example.org/g").put("/data").then()
                .statusCode(405).header("Allow", "GET, HEAD").body(containsString("writes go to the log"));
        given().queryParam("graph", "http://example.org/g").delete("/data").then().statusCode(405);
        given().formParam("update", "CLEAR ALL").post("/update").then().statusCode(405).body(containsString("read replica"));
        given().get("/data?default").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("newsgraph_replica_lag"))
                .body(containsString("newsgraph_replica_graphs_total"));
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (given().get("/q/health/ready").statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "not ready within 90 s");
            Thread.sleep(100);
        }
    }

    private long count(String query) {
        return store.read(dsg -> {
            var exec = QueryExec.dataset(dsg).query(query).build();
            return exec.getQuery().isAskType() ? (exec.ask() ? 1L : 0L) : exec.select().stream().count();
        });
    }
}
