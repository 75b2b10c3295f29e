package org.newsgraph.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.ingest.evaluate.Explanation;
import org.newsgraph.ingest.evaluate.ExplainReport;
import org.newsgraph.ingest.evaluate.Finding;
import org.newsgraph.ingest.evaluate.GoldDocument;
import org.newsgraph.ingest.evaluate.GoldPage;
import org.newsgraph.ingest.evaluate.GoldRefused;
import org.newsgraph.ingest.evaluate.PageEvaluator;
import org.newsgraph.ingest.evaluate.ScoreCard;
import org.newsgraph.ingest.evaluate.ScoreReport;
import org.newsgraph.ingest.extract.StandardExtraction;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.IngestReport;
import org.newsgraph.ingest.read.WebPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph evaluate}: ingests live pages, each into a throw-away store of its own, and
 * scores what was extracted against their gold annotations.
 * <pre>
 *   newsgraph evaluate --gold ../shared/eval/seed-gold.json --year 2025 page.txt
 *   newsgraph evaluate --explain --corpus ../shared/eval/dev --page ../shared/eval/seed-gold.json=seed.txt
 * </pre>
 * One page prints the scorer's table; several print a line per page and the micro figures over
 * all of them. {@code --explain} first lists every missed gold item, spurious prediction and
 * duplicate by category, with its arguments, posts and sentences. Each store is a TDB2 folder
 * under the system's temporary folder, deleted when its page is scored. Public, unlike its
 * siblings, so that the evaluation's tests can run it with extraction stages of their own.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Ingests live pages, each into a temporary store, and scores the extraction against their gold:",
                "precision, recall and F1 per event type, for entities and for roles; the last line gives",
                "the micro-F1 over all events (over all pages when there are several)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the pages were scored", "2:usage error or unreadable input"})
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "GOLD.json", description = "The gold annotation of the FILEs.")
    Path gold;

    @Option(names = "--page", paramLabel = "GOLD.json=PAGE",
            description = "A gold annotation and the page it annotates; repeatable.")
    Map<Path, Path> pages = new LinkedHashMap<>();

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A folder of pages: every NAME.txt with its NAME.gold.json; repeatable.")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YYYY",
            description = "The year of the posts, for pages that print dates without one (default: the gold's year).")
    Integer year;

    @Option(names = "--explain",
            description = "Also list each missed gold item, spurious prediction and duplicate, with its sentence.")
    boolean explain;

    @Option(names = "--ignore-duplicates",
            description = "Do not count predictions that only match gold items already matched as false positives.")
    boolean ignoreDuplicates;

    @Option(names = "--json", description = "Print the scores (and the findings, with --explain) as JSON.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Live pages annotated by --gold, in any format ingest reads.")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final Supplier<List<Extractor>> extraction;

    /** The command with the standard extraction stages. */
    public EvaluateCommand() {
        this(StandardExtraction::extractors);
    }

    /** The command with the given extraction stages, made afresh for each page. */
    public EvaluateCommand(Supplier<List<Extractor>> extraction) {
        this.extraction = extraction;
    }

    @Override
    public Integer call() throws IOException {
        checkUsage();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldPage> goldPages = new ArrayList<>();
        try {
            if (gold != null) {
                goldPages.add(read(gold, files.stream().map(Path::toString).toList()));
            }
            for (Map.Entry<Path, Path> pair : pages.entrySet()) {
                goldPages.add(read(pair.getKey(), List.of(pair.getValue().toString())));
            }
            for (Path corpus : corpora) {
                for (GoldPage.FilePair pair : GoldPage.FilePair.inFolder(corpus)) {
                    goldPages.add(read(pair.gold(), List.of(pair.page().toString())));
                }
            }
        } catch (Unreadable e) {
            return NewsgraphCommand.UNREADABLE;
        } catch (GoldRefused e) {
            err.println("newsgraph: " + e.getMessage());
            return NewsgraphCommand.UNREADABLE;
        }
        PageEvaluator evaluator = PageEvaluator.create(extraction).ignoringDuplicates(ignoreDuplicates);
        List<Explanation> results = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (GoldPage page : goldPages) {
            PageEvaluator.Result result = evaluator.evaluate(page);
            IngestReport report = result.ingest();
            report.problems().forEach(p -> err.println("newsgraph: " + p));
            if (!report.warnings().isEmpty()) {
                // A stage that got past trouble explains a poor score better than the score does.
                err.println("newsgraph: " + page.name() + ": warnings: " + report.warnings());
            }
            if (report.pagesRefused() > 0) {
                return NewsgraphCommand.UNREADABLE;
            }
            results.add(result.explanation());
            names.add(page.name());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(report(results, names));
        out.flush(); // picocli's writer flushes on println only, and main() exits right after
        return 0;
    }

    private String report(List<Explanation> results, List<String> names) {
        List<ScoreCard> cards = results.stream().map(Explanation::card).toList();
        if (json) {
            return results.size() == 1 && !explain ? ScoreReport.json(cards.get(0))
                    : ScoreReport.json(results, names, explain);
        }
        List<Finding> findings = results.stream().flatMap(r -> r.findings().stream()).toList();
        String table = results.size() == 1 ? ScoreReport.table(cards.get(0)) : ScoreReport.pages(cards, names);
        return explain ? ExplainReport.text(findings) + table : table;
    }

    private void checkUsage() {
        if (gold == null && !files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "FILE goes with --gold: " + files.get(0));
        }
        if (gold != null && files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--gold needs the page FILE(s) it annotates");
        }
        if (gold == null && pages.isEmpty() && corpora.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "nothing to evaluate: give --gold GOLD.json FILE..., --page GOLD.json=PAGE or --corpus DIR");
        }
    }

    /** A gold file and its pages, read with --year or else the gold's year; problems go to standard error. */
    private GoldPage read(Path goldFile, List<String> inputs) {
        PrintWriter err = spec.commandLine().getErr();
        GoldDocument document;
        try {
            document = GoldDocument.read(goldFile);
        } catch (IOException e) {
            err.println("newsgraph: " + goldFile + ": cannot be read (" + e + ")");
            throw new Unreadable();
        }
        Integer pageYear = year != null ? year : document.year().isPresent() ? document.year().getAsInt() : null;
        PageFiles read = PageFiles.read(inputs, PageFiles.options(spec, pageYear, null, null), WebPages.standard(),
                err);
        if (read.unreadable() > 0) {
            throw new Unreadable();
        }
        String name = inputs.size() == 1 ? Path.of(inputs.get(0)).getFileName().toString()
                : document.document().orElse(goldFile.getFileName().toString());
        return new GoldPage(name, document, read.pages());
    }

    /** An input that could not be read, already reported on standard error. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }
}
