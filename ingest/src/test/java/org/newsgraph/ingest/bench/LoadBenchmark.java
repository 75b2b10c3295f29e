package org.newsgraph.ingest.bench;

import org.apache.commons.io.file.PathUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.core.bench.SyntheticStories;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.iri.SlugRegistry;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.store.LoadResult;
import org.newsgraph.core.store.Store;

/**
 * Measures {@code newsgraph load} against Jena's {@code tdb2.tdbloader} (its default, phased
 * loader) on the same generated N-Quads file, each into a fresh TDB2 folder, in rounds that
 * alternate which goes first (one JVM: the second of a round finds Jena's code warm):
 * <pre>
 *   mvn -B -pl ingest -am -Pbench-load -DskipTests verify -Dposts=20000 [-Drounds=2]
 * </pre>
 * newsgraph's figure includes opening and closing the store (its text index), checking the
 * file and building the merged union; the ratio is newsgraph's quads/s over tdbloader's.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {}

    public static void main(String[] args) throws IOException {
        int posts = Integer.getInteger("posts", 20_000);
        int rounds = Integer.getInteger("rounds", 2);
        Path dir = Files.createDirectories(Path.of("target", "bench-load"));
        Path file = dir.resolve("corpus.nq");
        long quads = generate(file, posts);
        System.out.printf("corpus: %d posts, %d quads, %.1f MB%n", posts, quads, Files.size(file) / 1e6);
        for (int round = 1; round <= rounds; round++) {
            double ours;
            double theirs;
            if (round % 2 == 1) {
                ours = newsgraphLoad(dir, file, round);
                theirs = tdbloader(dir, file, quads, round);
            } else {
                theirs = tdbloader(dir, file, quads, round);
                ours = newsgraphLoad(dir, file, round);
            }
            System.out.printf("round %d: newsgraph load / tdb2.tdbloader = %.2f%n", round, ours / theirs);
        }
    }

    /** Loads {@code file} into a fresh store; returns quads/s. */
    private static double newsgraphLoad(Path dir, Path file, int round) throws IOException {
        Path ours = fresh(dir.resolve("newsgraph-tdb2-" + round));
        long start = System.nanoTime();
        LoadResult result;
        try (Store store = Store.open(ours, IriMinter.DEFAULT_BASE)) {
            result = store.load(file);
        }
        return report("newsgraph load" + (result.bulk() ? " (bulk)" : ""), result.quads(), System.nanoTime() - start, ours);
    }

    private static double tdbloader(Path dir, Path file, long quads, int round) throws IOException {
        // A folder a round: tdbloader leaves its store open in this JVM, so a folder deleted and
        // loaded again would be written through the stale open store.
        Path theirs = fresh(dir.resolve("tdbloader-tdb2-" + round));
        long start = System.nanoTime();
        tdb2.tdbloader.main("--loc", theirs.toString(), file.toString());
        return report("tdb2.tdbloader", quads, System.nanoTime() - start, theirs);
    }

    private static long generate(Path file, int posts) throws IOException {
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE, SlugRegistry.inMemory());
        long[] count = {0};
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            new SyntheticStories(42).generate(Math.max(1, posts / 20), 20, facts -> {
                Graph graph = PostGraph.of(facts, iris);
                var name = NodeFactory.createURI(iris.graph(facts.post()));
                graph.find().forEachRemaining(t -> {
                    writer.quad(Quad.create(name, t));
                    count[0]++;
                });
            });
            writer.finish();
        }
        return count[0];
    }

    private static double report(String what, long quads, long nanos, Path folder) throws IOException {
        double seconds = nanos / 1e9;
        double rate = quads / seconds;
        System.out.printf("%-22s %,d quads in %.1f s: %,.0f quads/s, folder %.0f MB%n", what, quads, seconds, rate,
                PathUtils.sizeOf(folder) / 1e6);
        return rate;
    }

    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            PathUtils.deleteDirectory(folder);
        }
        return folder;
    }
}
