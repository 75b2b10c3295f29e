package org.newsgraph.sparql.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.newsgraph.core.store.Store;

/**
 * The benchmark's data: one generated corpus as gzip N-Quads, and the copies of it the servers
 * need ({@link DataCopy}), each loaded once and timed. What was loaded is noted in
 * {@value #NOTES} in the folder, so that a later run on the same folder measures without
 * loading again (and refuses a folder that holds another corpus).
 *
 * @param folder the folder of the corpus and its copies
 * @param corpus what was generated
 * @param quads  the quads of the corpus
 * @param loads  each copy's load: time, rate and size
 * @param mix    the query mix, with parameters read from newsgraph's store
 */
record BenchDataset(Path folder, Corpus corpus, long quads, Map<DataCopy, LoadFigure> loads, QueryMix mix) {
    static final String NOTES = "bench-dataset.properties";
    private static final String CORPUS_FILE = "posts.nq.gz";

    /**
     * One copy's load.
     *
     * @param quads   the quads its loader read
     * @param seconds how long the load took
     * @param bytes   the size of its folder
     * @param note    what else the loader says it built
     */
    record LoadFigure(long quads, double seconds, long bytes, String note) {
        double rate() {
            return quads / seconds;
        }
    }

    /** The folder of {@code copy}. */
    Path folder(DataCopy copy) {
        return folder.resolve(copy.folder);
    }

    /** Generates the corpus and loads the copies that {@code folder} does not hold yet. */
    static BenchDataset prepare(Path folder, Corpus corpus, Set<DataCopy> copies, DataCopy.Context context, PrintStream out) {
        try {
            Files.createDirectories(folder);
            Path notesFile = folder.resolve(NOTES);
            Properties notes = read(notesFile);
            String key = String.format(Locale.ROOT, "stories=%d postsPerStory=%d cast=%d seed=%d", corpus.stories(),
                    corpus.postsPerStory(), corpus.cast(), corpus.seed());
            if (notes.containsKey("corpus") && !notes.getProperty("corpus").equals(key)) {
                throw new BenchmarkFailed(folder + " holds another corpus (" + notes.getProperty("corpus") + ", not " + key
                        + "); give another -Dstore= folder");
            }
            Path file = folder.resolve(CORPUS_FILE);
            if (!notes.containsKey("quads")) {
                long start = System.nanoTime();
                long quads = corpus.write(file, context.base());
                out.printf("generated %,d posts in %,d stories about %,d people: %,d quads in %.1f s%n", corpus.posts(),
                        corpus.stories(), corpus.cast(), quads, seconds(start));
                notes.setProperty("corpus", key);
                notes.setProperty("quads", Long.toString(quads));
                write(notes, notesFile);
            }
            long quads = Long.parseLong(notes.getProperty("quads"));
            Map<DataCopy, LoadFigure> loads = new EnumMap<>(DataCopy.class);
            for (DataCopy copy : DataCopy.values()) {
                if (!copies.contains(copy) && copy != DataCopy.NEWSGRAPH) {
                    continue;
                }
                Path into = folder.resolve(copy.folder);
                if (!notes.containsKey(copy.name() + ".seconds")) {
                    if (Files.exists(into) && copy != DataCopy.VIRTUOSO) {   // a load cut short; virtuoso.sh wipes its own
                        PathUtils.deleteDirectory(into);
                    }
                    out.printf("loading %s with %s ...%n", copy.folder, copy.loader);
                    long start = System.nanoTime();
                    DataCopy.Loaded loaded = copy.load(file, into, context);
                    notes.setProperty(copy.name() + ".seconds", String.format(Locale.ROOT, "%.1f",
                            loaded.seconds().orElse(seconds(start))));
                    notes.setProperty(copy.name() + ".quads", Long.toString(loaded.quads()));
                    notes.setProperty(copy.name() + ".note", loaded.note());
                    write(notes, notesFile);
                }
                LoadFigure figure = new LoadFigure(Long.parseLong(notes.getProperty(copy.name() + ".quads")),
                        Double.parseDouble(notes.getProperty(copy.name() + ".seconds")), DataCopy.size(into),
                        notes.getProperty(copy.name() + ".note", ""));
                out.printf(Locale.ROOT, "%s: %,d quads loaded in %.1f s (%,.0f quads/s), %,.0f MB %s%n", copy.folder, figure.quads(),
                        figure.seconds(), figure.rate(), figure.bytes() / 1e6, figure.note());
                loads.put(copy, figure);
            }
            QueryMix mix;
            try (Store store = Store.open(folder.resolve(DataCopy.NEWSGRAPH.folder), context.base())) {
                mix = QueryMix.of(store);
            } finally {
                DataCopy.release(folder.resolve(DataCopy.NEWSGRAPH.folder));
            }
            return new BenchDataset(folder, corpus, quads, loads, mix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties notes = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                notes.load(in);
            }
        }
        return notes;
    }

    private static void write(Properties notes, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            notes.store(w, "what the SPARQL benchmark loaded here; delete a copy's lines (and its folder) to load it again");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
