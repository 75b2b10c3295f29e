package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import org.newsgraph.ingest.extract.StandardExtraction;
import org.newsgraph.ingest.pipeline.IngestPipeline;
import org.newsgraph.ingest.pipeline.IngestReport;
import org.newsgraph.ingest.read.LivePageFiles;
import org.newsgraph.ingest.read.PlainTextLivePageReader;
import org.newsgraph.ingest.read.ReadOptions;

/**
 * The standard extraction on the held-out pages: live pages of our own on other topics, annotated
 * blind to the extractor. They guard against extraction that only fits the development page; the
 * floors sit below today's scores (README, "Extraction quality"), so a drop shows as a failure.
 */
class HeldOutEvaluationTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "nepal-reconstruction-donors, 0",
            "seoul-chip-trade-summit, 0",
            "kyrgyz-tajik-border-clashes, 2026"})
    void extractionGeneralisesBeyondTheDevelopmentPage(String page, int year) throws IOException, URISyntaxException {
        Path text = resource(page + ".txt");
        GoldDocument gold = GoldDocument.read(resource(page + "-gold.json"));
        ReadOptions options = year == 0 ? ReadOptions.none() : ReadOptions.none().withYear(year);
        ScoreCard card;
        try (Store store = Store.open(dir, IriMinter.DEFAULT_BASE)) {
            IngestPipeline.Builder pipeline = IngestPipeline.create().reader(new PlainTextLivePageReader()).target(store);
            StandardExtraction.extractors().forEach(pipeline::extractor);
            IngestReport report = pipeline.build().ingest(List.of(LivePageFiles.source(text, options)));
            assertEquals(0, report.refused(), report.problems().toString());
            card = ExtractionScorer.of(gold).score(store);
        }
        String table = ScoreReport.table(card);
        assertTrue(card.extractionF1() >= 0.70, "event micro-F1 below 0.70:\n" + table);
        assertTrue(card.entities().f1() >= 0.75, "entity F1 below 0.75:\n" + table);
        assertTrue(card.roles().f1() >= 0.45, "role F1 below 0.45:\n" + table);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HeldOutEvaluationTest.class.getResource("/heldout/" + name).toURI());
    }
}
