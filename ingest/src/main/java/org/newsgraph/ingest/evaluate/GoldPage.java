package org.newsgraph.ingest.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.newsgraph.ingest.read.LivePageFiles;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.ReadOptions;

/**
 * One page to evaluate: its gold annotation and the live page (or pages) it annotates.
 * <pre>
 *   GoldPage seed = GoldPage.read(Path.of("../shared/eval/seed-gold.json"), Path.of("seed.txt"), OptionalInt.empty());
 *   List&lt;GoldPage.FilePair&gt; dev = GoldPage.FilePair.inFolder(Path.of("../shared/eval/dev"));
 * </pre>
 *
 * @param name    how reports name the page: the page file's name
 * @param gold    the annotation
 * @param sources the page's text, read with the page's year
 */
public record GoldPage(String name, GoldDocument gold, List<PageSource> sources) {
    public GoldPage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gold, "gold");
        sources = List.copyOf(sources);
    }

    /**
     * Reads a gold file and the page file it annotates; the posts' year is {@code year} when given,
     * else the gold's, else the page's own.
     *
     * @throws GoldRefused when the gold cannot be used
     * @throws IOException when a file cannot be read
     */
    public static GoldPage read(Path gold, Path page, OptionalInt year) throws IOException {
        GoldDocument document = GoldDocument.read(gold);
        return new GoldPage(page.getFileName().toString(), document,
                List.of(LivePageFiles.source(page, options(document, year))));
    }

    /** The reader's options for a gold's page: {@code year} when given, else the gold's year. */
    public static ReadOptions options(GoldDocument gold, OptionalInt year) {
        OptionalInt chosen = year.isPresent() ? year : gold.year();
        return chosen.isPresent() ? ReadOptions.none().withYear(chosen.getAsInt()) : ReadOptions.none();
    }

    /**
     * A gold file and the page it annotates, as found in a folder or named on a command line.
     *
     * @param gold the gold JSON
     * @param page the page file
     */
    public record FilePair(Path gold, Path page) {
        /** The suffix that names a page's gold beside it: {@code NAME.txt} has {@code NAME.gold.json}. */
        public static final String GOLD_SUFFIX = ".gold.json";

        public FilePair {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(page, "page");
        }

        /**
         * Every {@code NAME.txt} of a folder with its {@code NAME.gold.json}, by name.
         *
         * @throws GoldRefused when the folder holds no page, or a page without its gold or a gold without its page
         * @throws IOException when the folder cannot be listed
         */
        public static List<FilePair> inFolder(Path folder) throws IOException {
            List<Path> entries;
            try (Stream<Path> list = Files.list(folder)) {
                entries = list.sorted().toList();
            }
            List<FilePair> out = new ArrayList<>();
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".txt")) {
                    Path gold = entry.resolveSibling(name.substring(0, name.length() - ".txt".length()) + GOLD_SUFFIX);
                    if (!Files.isRegularFile(gold)) {
                        throw new GoldRefused(entry.toString(), "no gold beside it (expected " + gold.getFileName()
                                + ")", null);
                    }
                    out.add(new FilePair(gold, entry));
                } else if (name.endsWith(GOLD_SUFFIX) && !Files.isRegularFile(entry.resolveSibling(
                        name.substring(0, name.length() - GOLD_SUFFIX.length()) + ".txt"))) {
                    throw new GoldRefused(entry.toString(), "no page beside it (expected "
                            + name.substring(0, name.length() - GOLD_SUFFIX.length()) + ".txt)", null);
                }
            }
            if (out.isEmpty()) {
                throw new GoldRefused(folder.toString(), "no NAME.txt with a NAME" + GOLD_SUFFIX + " in the folder",
                        null);
            }
            return out;
        }
    }
}
