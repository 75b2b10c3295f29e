package org.newsgraph.core.store.tdb;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.core.store.Backup;
import org.newsgraph.core.store.LoadRefused;
import org.newsgraph.core.store.layout.DatasetLayout;
import org.newsgraph.core.store.union.MergedUnion;

/**
 * Backups of a store as gzip N-Quads: the store's base and slug registry as triples of the
 * default graph (the base first), then every post graph as quads; the merged layer and the text
 * index are derived from those, and rebuilt on restore.
 * <pre>
 *   Backup backup = Snapshots.write(dsg, Path.of("backups/newsgraph.nq.gz"));   // inside one read transaction
 *   String base = Snapshots.base(Path.of("backups/newsgraph.nq.gz"));
 * </pre>
 * The file is written under the name {@code <file>.part} and renamed when complete, so that a
 * file by the name asked for is always a whole snapshot.
 */
final class Snapshots {
    private Snapshots() {}

    /** Writes the store as {@code dsg} shows it now; call inside a read transaction, which makes it consistent. */
    static Backup write(DatasetGraph dsg, Path file) {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        long graphs = 0;
        long quads = 0;
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                dsg.getDefaultGraph().find(DatasetLayout.STORE, TdbStore.BASE, Node.ANY).forEachRemaining(writer::triple);
                dsg.getDefaultGraph().find(Node.ANY, StoredSlugRegistry.OWNER, Node.ANY).forEachRemaining(writer::triple);
                for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
                    Node name = names.next();
                    if (MergedUnion.reserved(name).isPresent()) {
                        continue;
                    }
                    graphs++;
                    for (Iterator<Triple> triples = dsg.getGraph(name).find(); triples.hasNext(); quads++) {
                        writer.quad(Quad.create(name, triples.next()));
                    }
                }
                writer.finish();
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup " + file, e);
        }
        return new Backup(file, graphs, quads);
    }

    /** The base a backup's store was created with: its first line. @throws LoadRefused when it names none */
    static String base(Path file) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            Triple base = first == null ? null : RDFParser.fromString(first, Lang.NQUADS).toDatasetGraph()
                    .getDefaultGraph().find(DatasetLayout.STORE, TdbStore.BASE, Node.ANY).nextOptional().orElse(null);
            if (base == null) {
                throw new LoadRefused(file + ": not a newsgraph backup (its first line names no base)", null);
            }
            return base.getObject().getLiteralLexicalForm();
        } catch (IOException e) {
            throw new LoadRefused(file + ": cannot be read as a gzip backup (" + e.getMessage() + ")", e);
        }
    }

    /** Whether a default-graph triple of a backup is bookkeeping that a restore keeps. */
    static boolean isBookkeeping(Triple triple) {
        return triple.getPredicate().equals(StoredSlugRegistry.OWNER) || triple.getPredicate().equals(TdbStore.BASE);
    }
}
