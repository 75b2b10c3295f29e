package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.core.store.Store;

/**
 * The Java scorer and the reference Python scorer agree on the same graph. Each case's
 * predictions are scored in the store by {@link ExtractionScorer}, and served through an embedded
 * Fuseki to {@code score_extraction.py}; every count, ratio and printed line must be the same,
 * with and without {@code --ignore-duplicates}. The cases: hand-made predictions for the seed
 * gold (from {@link SeedPredictions}), and raw RDF for a small gold of our own. Skipped when the
 * shared folder or python3 is missing.
 */
class ReferenceScorerAgreementTest {
    /** A gold file and the store of predictions to score against it, served at {@code /name}. */
    record Case(String name, Path gold, Store store) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Path scorer;
    private static List<Case> cases;
    private static FusekiServer fuseki;

    @BeforeAll
    static void serveThePredictions() throws Exception {
        scorer = SharedFolder.referenceScorer();
        assumeTrue(python3Runs(), "skipped: python3 is not on the PATH to run the reference scorer");
        cases = List.of(new Case("seed", SharedFolder.seedGold(), SeedPredictions.store()),
                new Case("harbour", ExtractionScorerTest.resource("harbour-gold.json"),
                        ExtractionScorerTest.harbourStore()));
        FusekiServer.Builder server = FusekiServer.create().port(0).loopback(true);
        cases.forEach(c -> server.add("/" + c.name(), copy(c.store())));
        fuseki = server.build().start();
    }

    /** The store's quads in a dataset of Fuseki's own, whose default graph is the union of the named graphs. */
    private static DatasetGraph copy(Store store) {
        DatasetGraph served = DatabaseMgr.createDatasetGraph();
        served.getContext().set(TDB2.symUnionDefaultGraph, true);
        List<Quad> quads = store.read(dsg -> Iter.toList(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        Txn.executeWrite(served, () -> quads.forEach(served::add));
        return served;
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.stop();
        }
        if (cases != null) {
            cases.forEach(c -> c.store().close());
        }
    }

    static Stream<Arguments> casesWithAndWithoutDuplicates() {
        return cases.stream().flatMap(c -> Stream.of(Arguments.of(c, false), Arguments.of(c, true)));
    }

    @ParameterizedTest(name = "{0}, ignore duplicates: {1}")
    @MethodSource("casesWithAndWithoutDuplicates")
    void bothScorersPrintTheSameTable(Case c, boolean ignoreDuplicates) throws Exception {
        assertEquals(python(c, ignoreDuplicates), ScoreReport.table(javaScores(c, ignoreDuplicates)));
    }

    @ParameterizedTest(name = "{0}, ignore duplicates: {1}")
    @MethodSource("casesWithAndWithoutDuplicates")
    void bothScorersGiveTheSameCountsAndRatios(Case c, boolean ignoreDuplicates) throws Exception {
        JsonObject java = JSON.parse(ScoreReport.json(javaScores(c, ignoreDuplicates)));
        JsonObject python = JSON.parse(python(c, ignoreDuplicates, "--json"));

        assertEquals(python.getObj("scores").keys(), java.getObj("scores").keys());
        for (String category : python.getObj("scores").keys()) {
            assertSameNumbers(python.getObj("scores").getObj(category), java.getObj("scores").getObj(category),
                    List.of("gold", "predicted", "matched", "ignored", "duplicates", "precision", "recall", "f1"),
                    category);
        }
        assertSameNumbers(python.getObj("events_micro"), java.getObj("events_micro"),
                List.of("gold", "predicted", "matched", "precision", "recall", "f1"), "events_micro");
        assertEquals(python.getNumber("extraction_f1").doubleValue(), java.getNumber("extraction_f1").doubleValue());
        assertEquals(python.getString("document"), java.getString("document"));
    }

    private static void assertSameNumbers(JsonObject expected, JsonObject actual, List<String> fields, String what) {
        for (String field : fields) {
            assertEquals(expected.getNumber(field).doubleValue(), actual.getNumber(field).doubleValue(),
                    what + " " + field);
        }
    }

    private static ScoreCard javaScores(Case c, boolean ignoreDuplicates) throws IOException {
        return ExtractionScorer.of(GoldDocument.read(c.gold())).ignoringDuplicates(ignoreDuplicates).score(c.store());
    }

    /** What the reference scorer prints for the case's served graph. */
    private static String python(Case c, boolean ignoreDuplicates, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", scorer.toString(), c.gold().toString(),
                "http://localhost:" + fuseki.getPort() + "/" + c.name()));
        command.addAll(List.of(options));
        if (ignoreDuplicates) {
            command.add("--ignore-duplicates");
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the reference scorer did not finish");
        assertEquals(0, process.exitValue(), "the reference scorer failed");
        return out;
    }

    private static boolean python3Runs() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
