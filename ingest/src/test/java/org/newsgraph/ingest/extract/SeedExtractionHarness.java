package org.newsgraph.ingest.extract;

import org.apache.commons.io.file.PathUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.newsgraph.core.store.Store;
import org.newsgraph.ingest.pipeline.IngestPipeline;
import org.newsgraph.ingest.pipeline.IngestReport;
import org.newsgraph.ingest.read.LivePageFiles;
import org.newsgraph.ingest.read.PlainTextLivePageReader;
import org.newsgraph.ingest.read.ReadOptions;

/**
 * Runs the standard extraction on the development page of the shared folder into a temporary
 * TDB2 store, serves it with an embedded Fuseki and scores it with the reference Python scorer.
 * <pre>
 *   java ... org.newsgraph.ingest.extract.SeedExtractionHarness /work/shared
 * </pre>
 */
public final class SeedExtractionHarness {
    static final String SEED = "000_c97fd6970134bff4.txt";
    private static final Pattern ROW = Pattern.compile(
            "^(\\S+(?:\\(all\\))?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s*$");

    /** What one run measured. */
    record Result(IngestReport report, String scorerOutput, Map<String, Double> f1, long millis) {}

    private SeedExtractionHarness() {}

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Result r = run(shared, args.length > 1 && args[1].equals("--verbose"));
        System.out.println(r.report());
        System.out.println(r.scorerOutput());
        System.out.println("extraction took " + r.millis() + " ms");
    }

    static Result run(Path shared, boolean verbose) throws Exception {
        return run(shared, shared.resolve("seeds").resolve(SEED), shared.resolve("eval").resolve("seed-gold.json"), verbose);
    }

    /** Extracts one page (the seed in 2025; other pages give their year) and scores it against its gold. */
    static Result run(Path shared, Path page, Path gold, boolean verbose) throws Exception {
        Path tmp = Files.createTempDirectory("newsgraph-seed");
        try {
            IngestReport report;
            long start = System.nanoTime();
            try (Store store = Store.open(tmp.resolve("tdb2"), "http://localhost:8080/")) {
                IngestPipeline.Builder b = IngestPipeline.create().reader(new PlainTextLivePageReader()).target(store);
                StandardExtraction.extractors().forEach(b::extractor);
                report = b.build().ingest(List.of(LivePageFiles.source(page,
                        page.getFileName().toString().equals(SEED) ? ReadOptions.none().withYear(2025) : ReadOptions.none())));
                long millis = (System.nanoTime() - start) / 1_000_000;
                DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
                dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
                List<Quad> quads = store.read(view -> {
                    List<Quad> all = new ArrayList<>();
                    view.find(null, null, null, null).forEachRemaining(q -> {
                        if (!q.isDefaultGraph()) {
                            all.add(q);
                        }
                    });
                    return all;
                });
                Txn.executeWrite(dsg, () -> quads.forEach(dsg::add));
                FusekiServer server = FusekiServer.create().port(0).add("/ds", dsg).build().start();
                try {
                    String url = "http://localhost:" + server.getHttpPort() + "/ds";
                    List<String> cmd = new ArrayList<>(List.of("python3",
                            shared.resolve("eval").resolve("score_extraction.py").toString(),
                            gold.toString(), url));
                    if (verbose) {
                        cmd.add("--verbose");
                    }
                    Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                    StringBuilder out = new StringBuilder();
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            out.append(line).append('\n');
                        }
                    }
                    proc.waitFor();
                    return new Result(report, out.toString(), parse(out.toString()), millis);
                } finally {
                    server.stop();
                }
            }
        } finally {
            try {
                PathUtils.deleteDirectory(tmp);
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    /** F1 by category ("Meeting", ..., "entities", "roles", "events(all)") from the scorer's table. */
    static Map<String, Double> parse(String output) {
        Map<String, Double> f1 = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                f1.put(m.group(1), Double.parseDouble(m.group(7)));
            }
        }
        return f1;
    }
}
