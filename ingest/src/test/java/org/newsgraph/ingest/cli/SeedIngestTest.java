package org.newsgraph.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;

/** The seed page through the command line, checked against its gold annotation by SPARQL. */
class SeedIngestTest {
    @TempDir
    Path dir;

    @Test
    void theSeedsPostsComeBackInTimeOrderWithTheirHeadlinesAndTimes() {
        Path shared = Path.of(System.getProperty("newsgraph.shared", "../shared"));
        Path seed = shared.resolve("seeds/000_c97fd6970134bff4.txt");
        Path gold = shared.resolve("eval/seed-gold.json");
        assumeTrue(Files.isRegularFile(seed) && Files.isRegularFile(gold),
                "skipped: the shared seed and gold are not at " + shared.toAbsolutePath());

        int exit = NewsgraphCommand.commandLine().execute("ingest", "--store", dir.toString(), "--year", "2025",
                "--no-extract", seed.toString());
        assertEquals(0, exit);

        record Row(String headline, OffsetDateTime at) {}
        List<Row> expected = JSON.read(gold.toString()).get("posts").getAsArray().stream()
                .map(p -> (JsonObject) p)
                .map(p -> new Row(p.getString("headline"), OffsetDateTime.parse(p.getString("publishedAt"))))
                .sorted(Comparator.comparing(Row::at).thenComparing(Row::headline))
                .toList();
        List<Row> stored;
        try (Store store = Store.open(dir, IriMinter.DEFAULT_BASE)) {
            stored = store.read(dsg -> QueryExec.dataset(dsg).query("""
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    SELECT ?h ?t { ?p a ng:Post ; ng:headline ?h ; ng:publishedAt ?t } ORDER BY ?t ?h""")
                    .select().stream()
                    .map(b -> new Row(b.get("h").getLiteralLexicalForm(),
                            OffsetDateTime.parse(b.get("t").getLiteralLexicalForm())))
                    .toList());
        }
        assertEquals(20, stored.size());
        assertEquals(expected, stored);
        assertEquals("+01:00", stored.get(19).at().getOffset().getId());
    }
}
