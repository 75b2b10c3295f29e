package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ingest.extract.StandardExtraction;

/**
 * The standard extraction on the held-out pages: live pages of our own on other topics, annotated
 * blind to the extractor. They guard against extraction that only fits the development pages; the
 * floors sit below today's scores (README, "Extraction quality"), so a drop shows as a failure.
 */
class HeldOutEvaluationTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "nepal-reconstruction-donors, 0",
            "seoul-chip-trade-summit, 0",
            "kyrgyz-tajik-border-clashes, 2026"})
    void extractionGeneralisesBeyondTheDevelopmentPage(String page, int year) throws IOException, URISyntaxException {
        GoldPage gold = GoldPage.read(resource(page + "-gold.json"), resource(page + ".txt"),
                year == 0 ? OptionalInt.empty() : OptionalInt.of(year));
        PageEvaluator.Result result = PageEvaluator.create(StandardExtraction::extractors).evaluate(gold);
        assertTrue(result.ingest().allStored(), result.ingest().problems().toString());
        ScoreCard card = result.explanation().card();
        String table = ScoreReport.table(card);
        assertTrue(card.extractionF1() >= 0.70, "event micro-F1 below 0.70:\n" + table);
        assertTrue(card.entities().f1() >= 0.75, "entity F1 below 0.75:\n" + table);
        assertTrue(card.roles().f1() >= 0.45, "role F1 below 0.45:\n" + table);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HeldOutEvaluationTest.class.getResource("/heldout/" + name).toURI());
    }
}
