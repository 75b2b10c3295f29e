package org.newsgraph.sparql.graphstore;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.sparql.http.ProtocolException;
import org.newsgraph.sparql.http.SparqlProtocol;

/**
 * The graph a Graph Store request is about: {@code ?graph=IRI} (resolved against the store's
 * base when relative) or {@code ?default}; a request with neither is about the graph store itself.
 * <pre>
 *   GraphTarget.of(uriInfo.getQueryParameters(), base).name();   // Optional.empty() for ?default
 *   GraphTarget.isStore(uriInfo.getQueryParameters());           // true for POST /data, which creates a graph
 * </pre>
 *
 * @param name the named graph, or empty for the default graph
 */
record GraphTarget(Optional<Node> name) {
    static final String GRAPH = "graph";
    static final String DEFAULT = "default";

    /** @throws ProtocolException 400 unless the parameters name exactly one graph, by a valid IRI */
    static GraphTarget of(MultivaluedMap<String, String> params, String base) {
        List<String> graphs = params.getOrDefault(GRAPH, List.of());
        boolean isDefault = params.containsKey(DEFAULT);
        if (graphs.size() + (isDefault ? 1 : 0) != 1) {
            throw new ProtocolException(Status.BAD_REQUEST,
                    "Name one graph: ?graph=IRI for a named graph, or ?default for the default graph");
        }
        if (isDefault) {
            return new GraphTarget(Optional.empty());
        }
        return new GraphTarget(Optional.of(NodeFactory.createURI(SparqlProtocol.graphIris(GRAPH, graphs, base).get(0))));
    }

    /** Whether the parameters name no graph at all, so that the request is about the graph store itself. */
    static boolean isStore(MultivaluedMap<String, String> params) {
        return !params.containsKey(GRAPH) && !params.containsKey(DEFAULT);
    }
}
