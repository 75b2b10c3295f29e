package org.newsgraph.sparql.graphstore;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WriteResult;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.http.GraphBodies;
import org.newsgraph.sparql.http.ResultFormat;
import org.newsgraph.sparql.refusal.DefaultGraphReadOnly;
import org.newsgraph.sparql.refusal.NotFound;
import org.newsgraph.sparql.refusal.MalformedRequest;
import org.newsgraph.sparql.refusal.NotStorable;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol over the store: one named graph at a time, and the
 * default graph as the read-only union of them all. It answers with values and refuses with
 * {@link org.newsgraph.sparql.refusal.Refusal}s; {@link GraphStoreResource} turns the values into HTTP.
 * <pre>
 *   GraphDocument graph = graphs.get(GraphTarget.of(params, base), "application/n-triples", Optional.empty());
 *   GraphWrite written = graphs.put(GraphTarget.of(params, base), body, "text/turtle");   // CREATED or CHANGED
 *   String iri = graphs.create(List.of(new GraphBodies.Document(body, "text/turtle")));
 * </pre>
 * newsgraph keeps every fact in a named graph, so the default graph cannot be written: PUT, POST
 * and DELETE on it answer 405 (Allow: GET, HEAD) with a message saying so. A PUT or POST is
 * validated whole against the ingest's SHACL shapes (PUT: the new graph; POST: the graph with
 * the new triples merged in) and refused with 422 and the violations when it does not conform.
 * A POST to the graph store itself creates a graph under a new IRI, {@code <base>graph/<uuid>}.
 */
@ApplicationScoped
class GraphStoreService {
    /** Where the graphs a POST to the graph store creates are named, under the store's base. */
    private static final String NEW_GRAPHS = "graph/";

    private final Store store;
    private final ServiceConfig config;

    GraphStoreService(Store store, ServiceConfig config) {
        this.store = store;
        this.config = config;
    }

    /** The graph in the format asked for. @throws NotFound for a graph the store does not hold */
    GraphDocument get(GraphTarget target, String accept, Optional<String> format) {
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
        return new GraphDocument(chosen.contentType(), GraphBodies.write(graph, target.name().orElse(null), chosen));
    }

    /** Replaces a named graph with the body's triples. */
    GraphWrite put(GraphTarget target, byte[] body, String contentType) {
        Node name = writable(target, "PUT");
        if (body.length == 0) {
            throw new MalformedRequest("An empty body: PUT the graph's RDF, or DELETE the graph"
                    + " to remove it; nothing was stored");
        }
        Graph graph = GraphBodies.read(List.of(new GraphBodies.Document(body, contentType)), name, config.base());
        return stored(exists(name), store.replace(name.getURI(), graph));
    }

    /** Adds the documents' triples to a named graph. */
    GraphWrite post(GraphTarget target, List<GraphBodies.Document> documents) {
        Node name = writable(target, "POST");
        refuseNoDocuments(documents);
        return stored(exists(name), store.merge(name.getURI(), GraphBodies.read(documents, name, config.base())));
    }

    /**
     * Stores the documents' triples as a new graph with a new IRI (a POST to the graph store
     * itself, protocol §5.5); the new graph's IRI.
     *
     * @throws NotStorable when the documents hold no triples: the store keeps no empty graphs
     */
    String create(List<GraphBodies.Document> documents) {
        refuseNoDocuments(documents);
        Node name = NodeFactory.createURI(config.base() + NEW_GRAPHS + UUID.randomUUID());
        Graph graph = GraphBodies.read(documents, name, config.base());
        if (graph.isEmpty()) {
            throw new NotStorable("The body holds no triples, and the store keeps"
                    + " no empty graphs: nothing was created");
        }
        stored(false, store.replace(name.getURI(), graph));
        return name.getURI();
    }

    /** Deletes a named graph. @throws NotFound when the store does not hold it */
    void delete(GraphTarget target) {
        Node name = writable(target, "DELETE");
        if (!store.delete(name.getURI())) {
            throw notFound(target);
        }
    }

    /** A multipart body without a boundary, or with no part, reaches here as no documents. */
    private static void refuseNoDocuments(List<GraphBodies.Document> documents) {
        if (documents.isEmpty()) {
            throw new MalformedRequest("The body holds no RDF document: a multipart/form-data body"
                    + " needs a boundary parameter and at least one part; nothing was stored");
        }
    }

    // A graph is there while it has a triple: TDB2 keeps no empty graphs.
    private boolean exists(Node name) {
        return store.readNamedGraphs(view -> exists(view.getGraph(name)));
    }

    private static boolean exists(Graph graph) {
        return !graph.isEmpty();
    }

    private static GraphWrite stored(boolean existed, WriteResult result) {
        if (result.outcome() == WriteResult.Outcome.REFUSED) {
            throw new NotStorable("The graph breaks newsgraph's shapes,"
                    + " so nothing was stored:\n" + result.problem().orElseThrow());
        }
        return existed ? GraphWrite.CHANGED : GraphWrite.CREATED;
    }

    private static Node writable(GraphTarget target, String method) {
        return target.name().orElseThrow(() -> new DefaultGraphReadOnly(method
                + " on the default graph: newsgraph keeps every fact in a named graph, and the default graph"
                + " is their read-only union; " + method + " to ?graph=IRI instead", List.of("GET", "HEAD")));
    }

    private static NotFound notFound(GraphTarget target) {
        return new NotFound("No graph " + target.name().map(Node::getURI).orElse("")
                + " in the store");
    }
}
