package org.newsgraph.ingest.cli;

import org.apache.commons.io.file.PathUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import org.newsgraph.ingest.evaluate.ExtractionScorer;
import org.newsgraph.ingest.evaluate.GoldDocument;
import org.newsgraph.ingest.evaluate.GoldRefused;
import org.newsgraph.ingest.evaluate.ScoreCard;
import org.newsgraph.ingest.evaluate.ScoreReport;
import org.newsgraph.ingest.extract.StandardExtraction;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.IngestPipeline;
import org.newsgraph.ingest.pipeline.IngestReport;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.ReaderRegistry;
import org.newsgraph.ingest.read.WebPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph evaluate}: ingests live pages into a throw-away store and scores what was
 * extracted against a gold annotation.
 * <pre>
 *   newsgraph evaluate --gold ../shared/eval/seed-gold.json --year 2025 page.txt
 * </pre>
 * The store is a TDB2 folder under the system's temporary folder, deleted when the command ends,
 * so that an evaluation never touches a real store and always starts empty. Public, unlike its
 * siblings, so that the evaluation's tests can run it with extraction stages of their own.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Ingests live pages into a temporary store and scores the extraction against a gold file:",
                "precision, recall and F1 per event type, for entities and for roles; the last line gives",
                "the micro-F1 over all events."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the pages were scored", "2:usage error or unreadable input"})
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The gold annotation.")
    Path gold;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "The year of the posts, for pages that print dates without one.")
    Integer year;

    @Option(names = "--ignore-duplicates",
            description = "Do not count predictions that only match gold items already matched as false positives.")
    boolean ignoreDuplicates;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Live pages, in any format ingest reads.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private final Supplier<List<Extractor>> extraction;

    /** The command with the standard extraction stages. */
    public EvaluateCommand() {
        this(StandardExtraction::extractors);
    }

    /** The command with the given extraction stages, made afresh for each run. */
    public EvaluateCommand(Supplier<List<Extractor>> extraction) {
        this.extraction = extraction;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GoldDocument goldDocument;
        try {
            goldDocument = GoldDocument.read(gold);
        } catch (GoldRefused e) {
            err.println("newsgraph: " + e.getMessage());
            return NewsgraphCommand.UNREADABLE;
        } catch (IOException e) {
            err.println("newsgraph: " + gold + ": cannot be read (" + e + ")");
            return NewsgraphCommand.UNREADABLE;
        }
        PageFiles read = PageFiles.read(files.stream().map(Path::toString).toList(),
                PageFiles.options(spec, year, null, null), WebPages.standard(), err);
        if (read.unreadable() > 0) {
            return NewsgraphCommand.UNREADABLE;
        }
        List<PageSource> pages = read.pages();
        Path folder = Files.createTempDirectory("newsgraph-evaluate");
        try {
            ScoreCard card;
            try (Store store = Store.open(folder, IriMinter.DEFAULT_BASE)) {
                IngestReport report = ingest(store, pages);
                report.problems().forEach(p -> err.println("newsgraph: " + p));
                if (!report.warnings().isEmpty()) {
                    // A stage that got past trouble explains a poor score better than the score does.
                    err.println("newsgraph: warnings: " + report.warnings());
                }
                if (report.pagesRefused() > 0) {
                    return NewsgraphCommand.UNREADABLE;
                }
                card = ExtractionScorer.of(goldDocument).ignoringDuplicates(ignoreDuplicates).score(store);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? ScoreReport.json(card) : ScoreReport.table(card));
            out.flush(); // picocli's writer flushes on println only, and main() exits right after

            return 0;
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    private IngestReport ingest(Store store, List<PageSource> pages) {
        IngestPipeline.Builder pipeline = IngestPipeline.create()
                .reader(ReaderRegistry.standard())
                .target(store);
        extraction.get().forEach(pipeline::extractor);
        return pipeline.build().ingest(pages);
    }

}
