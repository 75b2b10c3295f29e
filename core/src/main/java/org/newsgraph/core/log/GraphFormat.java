package org.newsgraph.core.log;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The formats a graph message's value may have, named by its {@value GraphMessages#FORMAT} header:
 * each writes a whole post graph and reads one back, refusing anything that is not exactly the keyed graph.
 * <pre>
 *   byte[] value = GraphFormat.RDF_PATCH.encode(iri, graph);
 *   Graph same = GraphFormat.of("application/rdf-patch").orElseThrow().decode(iri, value);
 * </pre>
 * Both describe the graph whole, never a change against an earlier version: the topic is compacted,
 * so a graph's earlier messages are not there to apply a change to.
 */
public enum GraphFormat {
    /** Every quad of the graph, one a line. */
    NQUADS("application/n-quads") {
        @Override
        byte[] write(Node graphName, Graph graph) {
            DatasetGraph one = DatasetGraphFactory.createGeneral();
            one.addGraph(graphName, graph);
            return RDFWriter.source(one).lang(Lang.NQUADS).asString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        void read(byte[] value, Keyed into) {
            try {
                RDFParser.source(new ByteArrayInputStream(value)).lang(Lang.NQUADS)
                        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        into.add(quad.getGraph(), quad.asTriple());
                    }

                    @Override
                    public void triple(Triple triple) {
                        throw new MessageRefused("a triple outside the keyed graph " + into.name.getURI());
                    }
                });
            } catch (MessageRefused e) {
                throw e;
            } catch (RuntimeException e) {
                throw new MessageRefused("not N-Quads: " + e.getMessage(), e);
            }
        }
    },
    /**
     * RDF Patch (as RDF Delta writes it): one transaction that adds every quad of the graph. A row that
     * deletes, or a transaction aborted, is refused: the message must be the graph whole.
     */
    RDF_PATCH("application/rdf-patch") {
        @Override
        byte[] write(Node graphName, Graph graph) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (RDFChangesWriterText writer = RDFPatchOps.textWriter(out)) {
                writer.start();
                writer.txnBegin();
                graph.find().forEachRemaining(t -> writer.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
                writer.txnCommit();
                writer.finish();
            }
            return out.toByteArray();
        }

        @Override
        void read(byte[] value, Keyed into) {
            try {
                RDFPatchOps.read(new ByteArrayInputStream(value)).apply(new RDFChangesBase() {
                    @Override
                    public void add(Node g, Node s, Node p, Node o) {
                        into.add(g, Triple.create(s, p, o));
                    }

                    @Override
                    public void delete(Node g, Node s, Node p, Node o) {
                        throw new MessageRefused("an RDF Patch graph message adds the whole graph; it has no D rows");
                    }

                    @Override
                    public void txnAbort() {
                        throw new MessageRefused("an RDF Patch graph message is one committed transaction, not an aborted one");
                    }
                });
            } catch (MessageRefused e) {
                throw e;
            } catch (RuntimeException e) {
                // The patch is parsed as it is applied: a garbled row surfaces here.
                throw new MessageRefused("not RDF Patch: " + e.getMessage(), e);
            }
        }
    };

    private final String mediaType;

    GraphFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type its header names. */
    public String mediaType() {
        return mediaType;
    }

    /** The format a header names, if it is one of these. */
    public static Optional<GraphFormat> of(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }

    /** The graph whole, in the named graph {@code graphIri}. */
    public byte[] encode(String graphIri, Graph graph) {
        return write(NodeFactory.createURI(graphIri), graph);
    }

    /**
     * The graph a value holds, every quad of it in the graph {@code graphIri}.
     *
     * @throws MessageRefused when the value is garbled, or holds a quad of another graph
     */
    public Graph decode(String graphIri, byte[] value) {
        Keyed keyed = new Keyed(NodeFactory.createURI(graphIri));
        read(value, keyed);
        return keyed.graph;
    }

    abstract byte[] write(Node graphName, Graph graph);

    abstract void read(byte[] value, Keyed into);

    /** The graph being read, which takes the quads of the keyed graph only. */
    static final class Keyed {
        private final Node name;
        private final Graph graph = GraphFactory.createDefaultGraph();

        Keyed(Node name) {
            this.name = name;
        }

        void add(Node graphName, Triple triple) {
            if (!name.equals(graphName)) {
                throw new MessageRefused("a quad in " + graphName + ", not in the keyed graph " + name.getURI());
            }
            graph.add(triple);
        }
    }
}
