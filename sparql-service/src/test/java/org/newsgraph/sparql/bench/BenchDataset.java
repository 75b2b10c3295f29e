package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.core.bench.SyntheticStories;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WriteResult;
import org.newsgraph.core.story.PostFacts;

/**
 * The benchmark's data, built twice from one set of generated posts: a newsgraph store written
 * post by post through {@link Store#write}, and, from its post graphs exported as N-Quads, a
 * plain TDB2 folder for Fuseki filled by TDB2's bulk loader.
 *
 * @param newsgraphStore the folder of the newsgraph store
 * @param fusekiStore    the folder of the TDB2 dataset Fuseki serves
 * @param posts          the posts written
 * @param quads          the quads of all post graphs
 * @param mix            the query mix, with parameters read from the newsgraph store
 */
record BenchDataset(Path newsgraphStore, Path fusekiStore, int posts, long quads, QueryMix mix) {
    private static final int BATCH = 500;

    /** Generates {@code stories × postsPerStory} posts and builds both stores under {@code folder}. */
    static BenchDataset build(Path folder, String base, int stories, int postsPerStory, long seed, PrintStream out) {
        Path ours = folder.resolve("newsgraph-tdb2");
        Path dump = folder.resolve("posts.nq");
        Path theirs = folder.resolve("fuseki-tdb2");
        long start = System.nanoTime();
        int[] posts = {0};
        QueryMix mix;
        long quads;
        try (Store store = Store.open(ours, base)) {
            List<PostFacts> batch = new ArrayList<>(BATCH);
            new SyntheticStories(seed).generate(stories, postsPerStory, facts -> {
                batch.add(facts);
                if (batch.size() == BATCH) {
                    posts[0] += write(store, batch);
                }
            });
            posts[0] += write(store, batch);
            out.printf("newsgraph store: %,d posts written in %.1f s%n", posts[0], seconds(start));
            start = System.nanoTime();
            quads = export(store, base + "graph/post/", dump);
            mix = QueryMix.of(store);
        }
        release(ours);
        out.printf("exported %,d quads of post graphs as N-Quads (%.0f MB) in %.1f s%n", quads, size(dump) / 1e6, seconds(start));
        start = System.nanoTime();
        long loaded = load(dump, theirs);
        if (loaded != quads) {
            throw new BenchmarkFailed("TDB2's loader read " + loaded + " quads from " + dump + ", which holds " + quads);
        }
        out.printf("Fuseki's TDB2 folder: %,d quads loaded by TDB2's loader in %.1f s%n", loaded, seconds(start));
        return new BenchDataset(ours, theirs, posts[0], quads, mix);
    }

    private static int write(Store store, List<PostFacts> batch) {
        for (WriteResult result : store.write(batch)) {
            if (result.outcome() != WriteResult.Outcome.WRITTEN) {
                throw new BenchmarkFailed("the store did not write " + result.graph() + ": " + result.outcome()
                        + result.problem().map(p -> "\n" + p).orElse(""));
            }
        }
        int written = batch.size();
        batch.clear();
        return written;
    }

    /** Writes the quads of the named graphs under {@code graphs} (the post graphs) to {@code file}; returns their number. */
    private static long export(Store store, String graphs, Path file) {
        return store.readNamedGraphs(dsg -> {
            long n = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                for (var it = dsg.findNG(null, null, null, null); it.hasNext(); ) {
                    var quad = it.next();
                    if (quad.getGraph().isURI() && quad.getGraph().getURI().startsWith(graphs)) {
                        writer.quad(quad);
                        n++;
                    }
                }
                writer.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        });
    }

    /** Loads an N-Quads file into a new TDB2 folder and releases the folder, for another process to open. */
    private static long load(Path file, Path folder) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
            loader.startBulk();
            loader.load(file.toString());
            loader.finishBulk();
            return loader.countQuads();
        } finally {
            release(folder);
        }
    }

    /**
     * Lets another process open a TDB2 folder this process used: closing a dataset leaves its
     * connection, and the folder's lock, cached in the JVM until it is expelled.
     */
    private static void release(Path folder) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(folder.toString()));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
