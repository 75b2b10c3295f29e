package org.newsgraph.ingest.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.commons.io.file.PathUtils;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.IngestPipeline;
import org.newsgraph.ingest.pipeline.IngestReport;
import org.newsgraph.ingest.read.ReaderRegistry;

/**
 * Ingests each gold page into a store of its own and scores it: pages are separate stories, so
 * one page's entities and events never join another's. Each store is a TDB2 folder under the
 * system's temporary folder, deleted when the page is scored. The extraction stages are made
 * afresh for each page; CoreNLP's models load once per process, so a run of many pages pays
 * for them once.
 * <pre>
 *   PageEvaluator evaluator = PageEvaluator.create(StandardExtraction::extractors);
 *   PageEvaluator.Result r = evaluator.evaluate(GoldPage.read(gold, page, OptionalInt.empty()));
 *   r.explanation().card().extractionF1();
 * </pre>
 * An evaluator holds no state between pages.
 */
public final class PageEvaluator {
    private final Supplier<List<Extractor>> extraction;
    private final boolean ignoreDuplicates;

    private PageEvaluator(Supplier<List<Extractor>> extraction, boolean ignoreDuplicates) {
        this.extraction = Objects.requireNonNull(extraction, "extraction");
        this.ignoreDuplicates = ignoreDuplicates;
    }

    /** An evaluator with the given extraction stages, counting duplicates as false positives. */
    public static PageEvaluator create(Supplier<List<Extractor>> extraction) {
        return new PageEvaluator(extraction, false);
    }

    /** This evaluator, ignoring (when {@code ignore}) predictions that only match gold items other predictions took. */
    public PageEvaluator ignoringDuplicates(boolean ignore) {
        return new PageEvaluator(extraction, ignore);
    }

    /** Ingests the page into a fresh temporary store, scores and explains it, and deletes the store. */
    public Result evaluate(GoldPage page) throws IOException {
        Path folder = Files.createTempDirectory("newsgraph-evaluate");
        try (Store store = Store.open(folder, IriMinter.DEFAULT_BASE)) {
            IngestPipeline.Builder pipeline = IngestPipeline.create().reader(ReaderRegistry.standard()).target(store);
            extraction.get().forEach(pipeline::extractor);
            IngestReport report = pipeline.build().ingest(page.sources());
            Explanation explanation = ExtractionScorer.of(page.gold()).ignoringDuplicates(ignoreDuplicates)
                    .explain(store);
            return new Result(page.name(), report, explanation);
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    /**
     * What one page's evaluation found.
     *
     * @param page        the page's name
     * @param ingest      what the ingest did: problems and warnings explain a poor score
     * @param explanation the scores and the errors behind them
     */
    public record Result(String page, IngestReport ingest, Explanation explanation) {
        public Result {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(ingest, "ingest");
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}
