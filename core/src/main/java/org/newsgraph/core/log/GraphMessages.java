package org.newsgraph.core.log;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.newsgraph.core.store.GraphChange;

/**
 * The messages of {@link Topics#GRAPHS}: the key is the graph's IRI, the value the whole graph (every
 * quad in that graph) in one of the {@link GraphFormat}s, and a header {@value #FORMAT} names it; no
 * value is a tombstone, which deletes the graph.
 * <pre>
 *   byte[] value = GraphFormat.NQUADS.encode(iri, graph);            // header format=application/n-quads
 *   GraphChange change = GraphMessages.decode(iri, format, value);   // MessageRefused when unusable
 * </pre>
 * A replica refuses a format it does not know rather than guessing.
 */
public final class GraphMessages {
    /** The header naming the value's media type. */
    public static final String FORMAT = "format";
    /** The media type of N-Quads, the format workers write unless told otherwise. */
    public static final String NQUADS = GraphFormat.NQUADS.mediaType();

    private GraphMessages() {}

    /**
     * The change a message asks for.
     *
     * @param format the {@value #FORMAT} header, empty when missing
     * @param value  null for a tombstone
     * @throws MessageRefused when the key is missing, the format unknown, the value garbled, or a quad outside the keyed graph
     */
    public static GraphChange decode(String graphIri, Optional<String> format, byte[] value) {
        if (graphIri == null || graphIri.isBlank()) {
            throw new MessageRefused("a graph message needs the graph's IRI as its key");
        }
        if (value == null) {
            return GraphChange.delete(graphIri);
        }
        String known = Arrays.stream(GraphFormat.values()).map(GraphFormat::mediaType).collect(Collectors.joining(" or "));
        String type = format.orElseThrow(() -> new MessageRefused("no " + FORMAT + " header; expected " + known));
        GraphFormat reader = GraphFormat.of(type).orElseThrow(() -> new MessageRefused("unknown format " + type + "; expected " + known));
        Graph graph = reader.decode(graphIri, value);
        return GraphChange.replace(graphIri, graph);
    }
}
