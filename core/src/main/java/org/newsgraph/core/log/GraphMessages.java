package org.newsgraph.core.log;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.core.store.GraphChange;

/**
 * The messages of {@link Topics#GRAPHS}: the key is the graph's IRI, the value the whole graph in
 * N-Quads (every quad in that graph), and a header {@value #FORMAT} says so; no value is a tombstone,
 * which deletes the graph.
 * <pre>
 *   byte[] value = GraphMessages.encode(iri, graph);                  // header format=application/n-quads
 *   GraphChange change = GraphMessages.decode(iri, format, value);   // MessageRefused when unusable
 * </pre>
 * The format header leaves room for others (RDF Patch) without a new topic: a replica refuses a
 * format it does not know rather than guessing.
 */
public final class GraphMessages {
    /** The header naming the value's media type. */
    public static final String FORMAT = "format";
    /** The one format written: N-Quads. */
    public static final String NQUADS = "application/n-quads";

    private GraphMessages() {}

    /** The graph as N-Quads in the named graph {@code graphIri}. */
    public static byte[] encode(String graphIri, Graph graph) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(NodeFactory.createURI(graphIri), graph);
        return RDFWriter.source(one).lang(Lang.NQUADS).asString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The change a message asks for.
     *
     * @param format the {@value #FORMAT} header, empty when missing
     * @param value  null for a tombstone
     * @throws MessageRefused when the key is missing, the format unknown, the N-Quads garbled, or a quad outside the keyed graph
     */
    public static GraphChange decode(String graphIri, Optional<String> format, byte[] value) {
        if (graphIri == null || graphIri.isBlank()) {
            throw new MessageRefused("a graph message needs the graph's IRI as its key");
        }
        if (value == null) {
            return GraphChange.delete(graphIri);
        }
        String type = format.orElseThrow(() -> new MessageRefused("no " + FORMAT + " header; expected " + NQUADS));
        if (!type.equals(NQUADS)) {
            throw new MessageRefused("unknown format " + type + "; expected " + NQUADS);
        }
        Node name = NodeFactory.createURI(graphIri);
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(value)).lang(Lang.NQUADS)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (!quad.getGraph().equals(name)) {
                        throw new MessageRefused("a quad in " + quad.getGraph() + ", not in the keyed graph " + graphIri);
                    }
                    graph.add(quad.asTriple());
                }

                @Override
                public void triple(Triple triple) {
                    throw new MessageRefused("a triple outside the keyed graph " + graphIri);
                }
            });
        } catch (RiotException e) {
            throw new MessageRefused("not N-Quads: " + e.getMessage(), e);
        }
        return GraphChange.replace(graphIri, graph);
    }
}
