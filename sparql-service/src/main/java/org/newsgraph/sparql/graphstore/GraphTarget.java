package org.newsgraph.sparql.graphstore;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.sparql.http.SparqlProtocol;
import org.newsgraph.sparql.refusal.MalformedRequest;

/**
 * The graph a Graph Store request is about: {@code ?graph=IRI} (resolved against the store's
 * base when relative) or {@code ?default}; a request with neither is about the graph store itself.
 * Jena's names for the default graph and the union ({@code ?graph=urn:x-arq:DefaultGraph},
 * {@code urn:x-arq:UnionGraph}, in any case) are {@code ?default} too: the store's own bookkeeping
 * sits in TDB2's real default graph, and no request may reach it by name.
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

    /** @throws org.newsgraph.sparql.refusal.MalformedRequest unless the parameters name exactly one graph, by a valid IRI */
    static GraphTarget of(MultivaluedMap<String, String> params, String base) {
        List<String> graphs = params.getOrDefault(GRAPH, List.of());
        boolean isDefault = params.containsKey(DEFAULT);
        if (graphs.size() + (isDefault ? 1 : 0) != 1) {
            throw new MalformedRequest(
                    "Name one graph: ?graph=IRI for a named graph, or ?default for the default graph");
        }
        if (isDefault) {
            return new GraphTarget(Optional.empty());
        }
        Node named = NodeFactory.createURI(SparqlProtocol.graphIris(GRAPH, graphs, base).get(0));
        return new GraphTarget(namesDefault(named) ? Optional.empty() : Optional.of(named));
    }

    private static boolean namesDefault(Node graph) {
        return Stream.of(Quad.defaultGraphIRI, Quad.defaultGraphNodeGenerated, Quad.unionGraph)
                .anyMatch(name -> name.getURI().equalsIgnoreCase(graph.getURI()));
    }

    /** Whether the parameters name no graph at all, so that the request is about the graph store itself. */
    static boolean isStore(MultivaluedMap<String, String> params) {
        return !params.containsKey(GRAPH) && !params.containsKey(DEFAULT);
    }
}
