package org.newsgraph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WriteResult;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol over the store: one named graph at a time, and the
 * default graph as the read-only union of them all.
 * <pre>
 *   Answer graph = graphs.get(GraphTarget.of(params, base), "application/n-triples", Optional.empty());
 *   Response created = graphs.put(GraphTarget.of(params, base), body, "text/turtle");   // 201, 204 or 422
 * </pre>
 * newsgraph keeps every fact in a named graph, so the default graph cannot be written: PUT, POST
 * and DELETE on it answer 405 (Allow: GET, HEAD) with a message saying so. A PUT or POST is
 * validated whole against the ingest's SHACL shapes (PUT: the new graph; POST: the graph with
 * the new triples merged in) and refused with 422 and the violations when it does not conform.
 */
@ApplicationScoped
class GraphStoreService {
    private final Store store;
    private final ServiceConfig config;

    GraphStoreService(Store store, ServiceConfig config) {
        this.store = store;
        this.config = config;
    }

    /** The graph in the format asked for. @throws ProtocolException 404 for a graph the store does not hold */
    Answer get(GraphTarget target, String accept, Optional<String> format) {
        ResultFormat chosen = ResultFormat.choose(ResultFormat.GRAPHS, accept, format);
        Graph graph = store.readNamedGraphs(view -> {
            Node name = target.name().orElse(null);
            if (name != null && !exists(view.getGraph(name))) {
                return null;
            }
            Graph copy = GraphFactory.createDefaultGraph();
            (name == null ? view.getDefaultGraph() : view.getGraph(name)).find().forEachRemaining(copy::add);
            return copy;
        });
        if (graph == null) {
            throw notFound(target);
        }
        return new Answer(chosen.contentType(), GraphBodies.write(graph, target.name().orElse(null), chosen));
    }

    /** Replaces a named graph with the body's triples: 201 when it is new, 204 when it replaced one. */
    Response put(GraphTarget target, byte[] body, String contentType) {
        Node name = writable(target, HttpMethod.PUT);
        Graph graph = GraphBodies.read(List.of(new GraphBodies.Document(body, contentType)), name, config.base());
        return stored(exists(name), store.replace(name.getURI(), graph));
    }

    /** Adds the documents' triples to a named graph: 201 when it is new, 204 when it grew. */
    Response post(GraphTarget target, List<GraphBodies.Document> documents) {
        Node name = writable(target, HttpMethod.POST);
        return stored(exists(name), store.merge(name.getURI(), GraphBodies.read(documents, name, config.base())));
    }

    /** Deletes a named graph: 204, or 404 when the store does not hold it. */
    Response delete(GraphTarget target) {
        Node name = writable(target, HttpMethod.DELETE);
        if (!store.delete(name.getURI())) {
            throw notFound(target);
        }
        return Response.noContent().build();
    }

    // A graph is there while it has a triple: TDB2 keeps no empty graphs.
    private boolean exists(Node name) {
        return store.readNamedGraphs(view -> exists(view.getGraph(name)));
    }

    private static boolean exists(Graph graph) {
        return !graph.isEmpty();
    }

    private static Response stored(boolean existed, WriteResult result) {
        if (result.outcome() == WriteResult.Outcome.REFUSED) {
            throw new ProtocolException(ProtocolException.UNPROCESSABLE, "The graph breaks newsgraph's shapes,"
                    + " so nothing was stored:\n" + result.problem().orElseThrow());
        }
        return Response.status(existed ? Status.NO_CONTENT : Status.CREATED).build();
    }

    private static Node writable(GraphTarget target, String method) {
        return target.name().orElseThrow(() -> new ProtocolException(Status.METHOD_NOT_ALLOWED, method
                + " on the default graph: newsgraph keeps every fact in a named graph, and the default graph"
                + " is their read-only union; " + method + " to ?graph=IRI instead",
                Map.of(HttpHeaders.ALLOW, List.of("GET, HEAD"))));
    }

    private static ProtocolException notFound(GraphTarget target) {
        return new ProtocolException(Status.NOT_FOUND, "No graph " + target.name().map(Node::getURI).orElse("")
                + " in the store");
    }
}
