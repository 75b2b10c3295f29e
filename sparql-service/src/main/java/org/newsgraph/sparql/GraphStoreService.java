package org.newsgraph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.store.WriteResult;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol over the store: one named graph at a time, and the
 * default graph as the read-only union of them all.
 * <pre>
 *   Answer graph = graphs.get(GraphTarget.of(params, base), "application/n-triples", Optional.empty());
 *   Response created = graphs.put(GraphTarget.of(params, base), body, "text/turtle");   // 201, 204 or 422
 *   Response minted = graphs.create(List.of(new GraphBodies.Document(body, "text/turtle")), uriInfo.getRequestUriBuilder());
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
    private static final String PLAIN_TEXT = WebContent.contentTypeTextPlain + "; charset=" + WebContent.charsetUTF8;

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
        if (body.length == 0) {
            throw new ProtocolException(Status.BAD_REQUEST, "An empty body: PUT the graph's RDF, or DELETE the graph"
                    + " to remove it; nothing was stored");
        }
        Graph graph = GraphBodies.read(List.of(new GraphBodies.Document(body, contentType)), name, config.base());
        return stored(exists(name), store.replace(name.getURI(), graph));
    }

    /** Adds the documents' triples to a named graph: 201 when it is new, 204 when it grew. */
    Response post(GraphTarget target, List<GraphBodies.Document> documents) {
        Node name = writable(target, HttpMethod.POST);
        refuseNoDocuments(documents);
        return stored(exists(name), store.merge(name.getURI(), GraphBodies.read(documents, name, config.base())));
    }

    /**
     * Stores the documents' triples as a new graph with a new IRI (a POST to the graph store
     * itself, protocol §5.5): 201 with the Graph Store URL of the graph, {@code graphStore} with
     * {@code ?graph=IRI}, as its Location, and the graph's IRI as a plain-text body.
     *
     * @throws ProtocolException 422 when the documents hold no triples: the store keeps no empty graphs
     */
    Response create(List<GraphBodies.Document> documents, UriBuilder graphStore) {
        refuseNoDocuments(documents);
        Node name = NodeFactory.createURI(config.base() + NEW_GRAPHS + UUID.randomUUID());
        Graph graph = GraphBodies.read(documents, name, config.base());
        if (graph.isEmpty()) {
            throw new ProtocolException(ProtocolException.UNPROCESSABLE, "The body holds no triples, and the store keeps"
                    + " no empty graphs: nothing was created");
        }
        stored(false, store.replace(name.getURI(), graph));
        // Not the IRI itself: it need not dereference here (the base may name another host), this URL does.
        URI location = graphStore.replaceQuery(null).queryParam(GraphTarget.GRAPH, name.getURI()).build();
        return Response.created(location).type(PLAIN_TEXT).entity(name.getURI() + "\n").build();
    }

    /** Deletes a named graph: 204, or 404 when the store does not hold it. */
    Response delete(GraphTarget target) {
        Node name = writable(target, HttpMethod.DELETE);
        if (!store.delete(name.getURI())) {
            throw notFound(target);
        }
        return Response.noContent().build();
    }

    /** A multipart body without a boundary, or with no part, reaches here as no documents. */
    private static void refuseNoDocuments(List<GraphBodies.Document> documents) {
        if (documents.isEmpty()) {
            throw new ProtocolException(Status.BAD_REQUEST, "The body holds no RDF document: a multipart/form-data body"
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
