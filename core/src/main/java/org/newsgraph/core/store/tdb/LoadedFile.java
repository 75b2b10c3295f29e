package org.newsgraph.core.store.tdb;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.core.store.LoadRefused;
import org.newsgraph.core.store.WritePath;
import org.newsgraph.core.store.union.MergedUnion;

/**
 * A file of named graphs as {@code load} and {@code restore} read it, whichever way it is then
 * written: the syntax from the name (.nq, .trig, optionally .gz), each quad as it is stored
 * ({@link WritePath#canonical}), a triple outside any named graph or a quad in a graph the store
 * reserves refused, and a backup's bookkeeping (the slug registry) passed on apart.
 * <pre>
 *   LoadedFile.of(file, false).read(reader);   // throws LoadRefused naming the file and line
 * </pre>
 */
final class LoadedFile {
    /** What a read passes on; its methods may throw {@link LoadRefused} to stop the read. */
    interface Reader {
        /** A quad of a named graph, its decimals canonical. */
        void quad(Quad quad);

        /** A default-graph triple of a backup that the restored store keeps (never its base). */
        void bookkeeping(Triple triple);
    }

    private final Path file;
    private final Lang lang;
    private final boolean restoring;

    private LoadedFile(Path file, Lang lang, boolean restoring) {
        this.file = file;
        this.lang = lang;
        this.restoring = restoring;
    }

    /**
     * {@code file}, read as a backup when {@code restoring}.
     *
     * @throws LoadRefused when its name gives no syntax of named graphs
     */
    static LoadedFile of(Path file, boolean restoring) {
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null || !RDFLanguages.isQuads(lang)) {
            throw new LoadRefused(file + ": not a file of named graphs (use .nq or .trig, optionally .gz)", null);
        }
        return new LoadedFile(file, lang, restoring);
    }

    Path path() {
        return file;
    }

    /** Reads the whole file into {@code reader}. @throws LoadRefused on a syntax error, an unreadable file or a refused triple */
    void read(Reader reader) {
        try (InputStream in = open()) {
            RDFParser.source(in).lang(lang).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (quad.isDefaultGraph()) {
                        triple(quad.asTriple());
                        return;
                    }
                    MergedUnion.reserved(quad.getGraph()).ifPresent(why -> {
                        throw new LoadRefused(file + ": " + why, null);
                    });
                    reader.quad(WritePath.canonical(quad));
                }

                @Override
                public void triple(Triple triple) {
                    if (restoring && Snapshots.isBookkeeping(triple)) {
                        // The base was recorded when the store was opened with it.
                        if (!triple.getPredicate().equals(TdbStore.BASE)) {
                            reader.bookkeeping(triple);
                        }
                        return;
                    }
                    throw new LoadRefused(file + ": a triple outside any named graph (" + triple
                            + "); newsgraph keeps every fact in a named graph", null);
                }
            });
        } catch (RiotException e) {
            throw new LoadRefused(file + ": " + e.getMessage() + "; nothing of the file was loaded", e);
        } catch (IOException e) {
            throw new LoadRefused(file + ": cannot be read (" + e.getMessage() + "); nothing of the file was loaded", e);
        }
    }

    /** The file's bytes, decompressed when its name ends in .gz (Jena's parser takes the syntax from the rest of the name). */
    private InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
