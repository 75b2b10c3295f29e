package org.newsgraph.ingest.bench;

import org.apache.commons.io.file.PathUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import org.newsgraph.ingest.extract.StandardExtraction;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.IngestPipeline;
import org.newsgraph.ingest.pipeline.IngestReport;
import org.newsgraph.ingest.read.LivePageFiles;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.PlainTextLivePageReader;
import org.newsgraph.ingest.read.ReadOptions;

/**
 * Measures a whole ingest with extraction — posts per second and peak heap — on the seed page
 * (when ../shared is there) and on a generated corpus of varied live pages, each into a fresh
 * TDB2 folder. The models load once, before the first run, and are timed on their own.
 * <pre>
 *   mvn -B -q install -DskipTests &amp;&amp; mvn -B -q -pl ingest -Pbench-ingest exec:exec [-Dpages=50]
 * </pre>
 */
public final class IngestBenchmark {
    private IngestBenchmark() {}

    public static void main(String[] args) throws IOException {
        int pages = Integer.getInteger("pages", 50);
        Path dir = Files.createDirectories(Path.of("target", "bench-ingest"));
        System.out.printf("cores: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long start = System.nanoTime();
        List<Extractor> extractors = StandardExtraction.extractors();
        warmUp(extractors, dir);
        System.out.printf("model load and warm-up: %.1f s%n", (System.nanoTime() - start) / 1e9);

        Path seed = Path.of(System.getProperty("newsgraph.shared", "../shared"), "seeds/000_c97fd6970134bff4.txt");
        if (Files.isRegularFile(seed)) {
            run("seed (1 page)", List.of(LivePageFiles.source(seed, ReadOptions.none().withYear(2025))), extractors,
                    dir.resolve("seed-tdb2"));
        } else {
            System.out.println("seed: skipped, no shared folder at " + seed.toAbsolutePath());
        }
        List<PageSource> corpus = new ArrayList<>();
        for (Path page : new LivePageGenerator(7).write(dir.resolve("pages"), pages, 20)) {
            corpus.add(LivePageFiles.source(page, ReadOptions.none()));
        }
        run("generated (" + pages + " pages)", corpus, extractors, dir.resolve("corpus-tdb2"));
    }

    /** One small page through the pipeline, so that model loading is not counted as ingest time. */
    private static void warmUp(List<Extractor> extractors, Path dir) throws IOException {
        Path page = new LivePageGenerator(1).write(dir.resolve("warm-up"), 1, 5).get(0);
        run(null, List.of(LivePageFiles.source(page, ReadOptions.none())), extractors, dir.resolve("warm-up-tdb2"));
    }

    private static void run(String label, List<PageSource> pages, List<Extractor> extractors,
                            Path folder) {
        deleteRecursively(folder);
        resetPeaks();
        long start = System.nanoTime();
        IngestReport report;
        try (Store store = Store.open(folder, IriMinter.DEFAULT_BASE)) {
            IngestPipeline.Builder pipeline = IngestPipeline.create().reader(new PlainTextLivePageReader()).target(store);
            extractors.forEach(pipeline::extractor);
            report = pipeline.build().ingest(pages);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (label != null) {
            System.out.printf("%-22s %5d posts in %6.1f s: %5.1f posts/s, peak heap %5d MB, %d refused, stages %s%n",
                    label, report.read(), seconds, report.read() / seconds, peakHeapMb(), report.refused(),
                    report.stages());
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
