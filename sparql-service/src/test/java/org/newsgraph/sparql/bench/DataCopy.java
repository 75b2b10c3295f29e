package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.core.store.LoadResult;
import org.newsgraph.core.store.Store;

/**
 * The copies of the generated corpus that the servers serve, each loaded from the same gzip
 * N-Quads file by its own loader, timed: newsgraph's store, a TDB2 folder of the post graphs for
 * Fuseki over the union, a TDB2 folder holding the distinct triples of all graphs in its default
 * graph for Fuseki without the union, and a Virtuoso instance.
 */
enum DataCopy {
    NEWSGRAPH("newsgraph-tdb2", "newsgraph's `Store.load` (as `newsgraph load`)") {
        @Override
        Loaded load(Path corpus, Path folder, Context context) {
            try (Store store = Store.open(folder, context.base())) {
                LoadResult result = store.load(corpus);
                return new Loaded(result.quads(), "");
            } finally {
                release(folder);
            }
        }
    },
    FUSEKI_UNION("fuseki-union-tdb2", "TDB2's phased loader (`tdb2.tdbloader`)") {
        @Override
        Loaded load(Path corpus, Path folder, Context context) {
            return phased(folder, loader -> {
                loader.load(corpus.toString());
                return new Loaded(loader.countQuads(), "");
            });
        }
    },
    FUSEKI_MERGED("fuseki-merged-tdb2", "TDB2's phased loader, every quad as a triple of the default graph") {
        @Override
        Loaded load(Path corpus, Path folder, Context context) {
            return phased(folder, loader -> {
                StreamRDF triples = new StreamRDFWrapper(loader.stream()) {
                    @Override
                    public void quad(Quad quad) {
                        triple(quad.asTriple());
                    }
                };
                try (InputStream in = new GZIPInputStream(Files.newInputStream(corpus), 1 << 16)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(triples);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new Loaded(loader.countTriples(), "");
            });
        }
    },
    VIRTUOSO("virtuoso", "`virtuoso.sh load` (rdf_loader_run, then the union graph)") {
        private static final Pattern LOAD = Pattern.compile("(?m)^load time: (\\d+) s");
        private static final Pattern QUADS = Pattern.compile("(?m)^quads: (\\d+) in");
        private static final Pattern UNION = Pattern.compile("(?m)^union default graph <[^>]*>: (\\d+) distinct triples \\((\\d+) s\\)");

        @Override
        Loaded load(Path corpus, Path folder, Context context) {
            String output = context.virtuoso().run("load", corpus.toAbsolutePath().toString(), folder.toAbsolutePath().toString());
            Matcher load = LOAD.matcher(output);
            Matcher quads = QUADS.matcher(output);
            Matcher union = UNION.matcher(output);
            if (!load.find() || !quads.find() || !union.find()) {
                throw new BenchmarkFailed("virtuoso.sh load printed no load time, quads and union graph:\n" + output);
            }
            // its own time: the bulk load and the union graph, without starting and stopping the server
            int seconds = Integer.parseInt(load.group(1)) + Integer.parseInt(union.group(2));
            return new Loaded(Long.parseLong(quads.group(1)), String.format("rdf_loader_run %s s, then the union graph of %,d"
                    + " triples %s s", load.group(1), Long.parseLong(union.group(1)), union.group(2)), OptionalDouble.of(seconds));
        }
    };

    /**
     * What a loader did: the quads (or triples) it read, a note on what it built, and the seconds
     * it says the load took, when it times itself (else the time it ran counts).
     */
    record Loaded(long quads, String note, OptionalDouble seconds) {
        Loaded(long quads, String note) {
            this(quads, note, OptionalDouble.empty());
        }
    }

    /** What loaders need besides the corpus. */
    record Context(String base, VirtuosoScript virtuoso) {}

    final String folder;
    final String loader;

    DataCopy(String folder, String loader) {
        this.folder = folder;
        this.loader = loader;
    }

    /** Loads {@code corpus} into the new {@code folder}. */
    abstract Loaded load(Path corpus, Path folder, Context context);

    /**
     * A new TDB2 folder filled by TDB2's phased loader (what {@code tdb2.tdbloader} runs) from what
     * {@code feed} gives it; the loader's figures, with the default graph's distinct triples noted
     * when it has any. The folder is released after, for a server to open.
     */
    static Loaded phased(Path folder, Function<DataLoader, Loaded> feed) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
            loader.startBulk();
            Loaded loaded = feed.apply(loader);
            loader.finishBulk();
            long distinct = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
            return distinct == 0 ? loaded : new Loaded(loaded.quads(), String.format("%,d distinct triples", distinct));
        } finally {
            release(folder);
        }
    }

    /**
     * Lets another process open a TDB2 folder this process used: closing a dataset leaves its
     * connection, and the folder's lock, cached in the JVM until it is expelled.
     */
    static void release(Path folder) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(folder.toString()));
    }

    /** The bytes of the files under {@code folder}. */
    static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
