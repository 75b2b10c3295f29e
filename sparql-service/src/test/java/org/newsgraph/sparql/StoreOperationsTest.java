package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.store.Store;
import org.newsgraph.ontology.NG;

/** Backup and compaction of the live store through /admin, with queries running meanwhile. */
@QuarkusTest
@TestProfile(Writable.class)
@WithTestResource(TestStore.class)
class StoreOperationsTest {
    private static final String COUNT = "sparql?query=" + DefaultGraphWritesTest.encoded(
            "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");

    @TestHTTPResource("/")
    URI root;

    @TempDir
    Path restored;

    @Test
    void aBackupTakenWhileServingRestoresToTheSameQuads() {
        assertEquals(401, Http.send(root, "POST", "admin/backup", null).statusCode(), "the credential is needed");
        HttpResponse<byte[]> response = Http.send(root, "POST", "admin/backup", null, "Authorization", Writable.BEARER);
        assertEquals(201, response.statusCode(), Http.text(response));
        JsonObject answer = JSON.parse(Http.text(response));
        Path file = Path.of(answer.get("file").getAsString().value());
        assertTrue(Files.exists(file), file.toString());
        try (Store copy = Store.restore(file, restored.resolve("tdb2"))) {
            assertEquals(quads(), copy.size());
            assertEquals(answer.get("quads").getAsNumber().value().longValue(), copy.size());
            assertEquals(FerryStrike.BASE, copy.base());
        }
    }

    @Test
    void compactionWithQueriesRunningKeepsSearchAndTheUnionInStep() throws Exception {
        AtomicBoolean compacting = new AtomicBoolean(true);
        CompletableFuture<List<Integer>> reader = CompletableFuture.supplyAsync(() -> {
            List<Integer> statuses = new ArrayList<>();
            while (compacting.get()) {
                statuses.add(Http.send(root, "GET", COUNT, null, "Accept", "text/csv").statusCode());
            }
            return statuses;
        });
        HttpResponse<byte[]> compacted = Http.send(root, "POST", "admin/compact", null, "Authorization", Writable.BEARER);
        compacting.set(false);
        assertEquals(200, compacted.statusCode(), Http.text(compacted));
        List<Integer> statuses = reader.get();
        assertTrue(!statuses.isEmpty() && statuses.stream().allMatch(s -> s == 200), "queries answered: " + statuses);

        String post = "<http://example.org/post/after-compaction> <" + NG.headline + "> \"Written after compaction\" ;\n"
                + "  <" + NG.body + "> \"The quokkaferry sails again\" ;\n"
                + "  <" + NG.publishedAt + "> \"2025-03-14T12:00:00+01:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime> ;\n"
                + "  <" + NG.inStory + "> <" + FerryStrike.STORY + "> .\n";
        assertEquals(201, Http.send(root, "PUT", "data?graph=http://example.org/graph/after-compaction", post,
                "Authorization", Writable.BEARER, "Content-Type", "text/turtle").statusCode());
        String hits = Http.text(Http.send(root, "GET", "search?q=quokkaferry", null));
        assertTrue(hits.contains("after-compaction"), "search finds a post written after compaction: " + hits);
        String union = Http.text(Http.send(root, "GET", "sparql?query=" + DefaultGraphWritesTest.encoded(
                "ASK { ?post <" + NG.body + "> \"The quokkaferry sails again\" }"), null, "Accept", "application/json"));
        assertTrue(union.contains("true"), "the union sees it: " + union);
    }

    private long quads() {
        String csv = Http.text(Http.send(root, "GET", COUNT, null, "Accept", "text/csv"));
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
    }
}
