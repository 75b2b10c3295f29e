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
 * Measures {@code newsgraph load} against Jena's {@code tdb2.tdbloader} on the same generated
 * N-Quads file, each into a fresh TDB2 folder:
 * <pre>
 *   mvn -B -q install -DskipTests &amp;&amp; mvn -B -q -pl ingest -Pbench-load exec:java [-Dposts=50000]
 * </pre>
 */
public final class LoadBenchmark {
    private LoadBenchmark() {}

    public static void main(String[] args) throws IOException {
        int posts = Integer.getInteger("posts", 50_000);
        Path dir = Files.createDirectories(Path.of("target", "bench-load"));
        Path file = dir.resolve("corpus.nq");
        long quads = generate(file, posts);
        System.out.printf("corpus: %d posts, %d quads, %.1f MB%n", posts, quads, Files.size(file) / 1e6);

        Path ours = fresh(dir.resolve("newsgraph-tdb2"));
        long start = System.nanoTime();
        LoadResult result;
        try (Store store = Store.open(ours, IriMinter.DEFAULT_BASE)) {
            result = store.load(file);
        }
        report("newsgraph load", result.quads(), System.nanoTime() - start);

        Path theirs = fresh(dir.resolve("tdbloader-tdb2"));
        start = System.nanoTime();
        tdb2.tdbloader.main("--loc", theirs.toString(), file.toString());
        report("tdb2.tdbloader", quads, System.nanoTime() - start);
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

    private static void report(String what, long quads, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-16s %,d quads in %.1f s: %,.0f quads/s%n", what, quads, seconds, quads / seconds);
    }

    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            PathUtils.deleteDirectory(folder);
        }
        return folder;
    }
}
