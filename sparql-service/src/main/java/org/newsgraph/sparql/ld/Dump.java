package org.newsgraph.sparql.ld;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.newsgraph.core.store.Store;

/**
 * Writes every post graph of the store as N-Quads, one quad at a time from one read
 * transaction, so a dump is a consistent snapshot and needs no memory for the store's size.
 * {@link DumpResource} has the HTTP layer gzip it on the way out.
 * <pre>
 *   try (OutputStream out = Files.newOutputStream(Path.of("newsgraph.nq"))) {
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

    /** Writes the dump to {@code out}, flushed; does not close {@code out}. */
    public void write(OutputStream out) {
        store.read(dataset -> {
            StreamRDF quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            quads.start();
            dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::quad);
            quads.finish();
            return null;
        });
    }
}
