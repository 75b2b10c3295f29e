package org.newsgraph.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.ReadResult;

/** A post with a body of several megabytes is stored cut to what a post may hold, and the summary says so. */
class PostSizeTest {
    private static final Story STORY = new Story("huge-post", "Huge post", Optional.empty());

    @Test
    void aHugeBodyIsStoredCutAndCountedAsAWarning() {
        String paragraph = "The harbour stayed closed for another day while the crews waited.\n\n";
        String body = paragraph.repeat(5_000_000 / paragraph.length());
        OffsetDateTime at = OffsetDateTime.parse("2025-03-14T10:00:00+01:00");
        Post huge = new Post(STORY, Post.idFor(at, 1), 1, "Harbour closed", body, at, List.of(), false, List.of(), 1);
        try (Store store = Store.inMemory("http://example.org/")) {
            IngestReport report = IngestPipeline.create().reader(source -> new ReadResult(STORY, List.of(huge), List.of()))
                    .target(store).build().ingest(List.of(PageSource.of("huge.txt", "")));
            assertEquals(1, report.written(), report.problems().toString());
            assertEquals(Map.of("cut-post", 1), report.warnings());
            long stored = store.read(dsg -> {
                try (QueryExec exec = QueryExec.dataset(dsg).query("PREFIX ng: <https://w3id.org/newsgraph/ontology#>"
                        + " SELECT (STRLEN(?b) AS ?n) { ?p ng:body ?b }").build()) {
                    return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
                }
            });
            assertTrue(stored <= PostSize.MOST_CHARS && stored > PostSize.MOST_CHARS - 2_000, "stored " + stored + " characters");
        }
    }
}
