package org.newsgraph.sparql.ld;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.newsgraph.core.store.Store;

/**
 * Writes every post graph of the store as gzip-compressed N-Quads, one quad at a time from one
 * read transaction, so a dump is a consistent snapshot and needs no memory for the store's size.
 * <pre>
 *   try (OutputStream out = Files.newOutputStream(Path.of("newsgraph.nq.gz"))) {
 *       dump.write(out);
 *   }
 * </pre>
 * Only the named graphs are written: the store's own default graph holds its bookkeeping (the
 * base, the slug registry), which is not data. {@code newsgraph load} reads such a file back.
 */
@ApplicationScoped
public class Dump {
    private final Store store;

    Dump(Store store) {
        this.store = store;
    }

    /** Writes the dump to {@code out}, finishing the gzip stream; does not close {@code out}. */
    public void write(OutputStream out) {
        store.read(dataset -> {
            try {
                GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
                StreamRDF quads = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS);
                quads.start();
                dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::quad);
                quads.finish();
                gzip.finish();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("the dump could not be sent: " + e.getMessage(), e);
            }
        });
    }
}
