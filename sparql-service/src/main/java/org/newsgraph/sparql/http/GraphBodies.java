package org.newsgraph.sparql.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.sparql.refusal.MalformedRequest;
import org.newsgraph.sparql.refusal.UnsupportedBody;

/**
 * Graphs to and from HTTP bodies, in the syntaxes of {@link ResultFormat#GRAPHS}.
 * <pre>
 *   byte[] body = GraphBodies.write(graph, graphName, format);   // TriG and N-Quads name the graph
 *   Graph graph = GraphBodies.read(List.of(new GraphBodies.Document(body, "text/turtle")), graphName, base);
 * </pre>
 */
public final class GraphBodies {
    private GraphBodies() {}

    /**
     * One RDF document of a request: its whole body, or one part of a multipart/form-data body.
     *
     * @param content     the document's bytes
     * @param contentType its Content-Type header, or null when it has none
     */
    public record Document(byte[] content, String contentType) {}

    /** The graph in {@code format}; a dataset syntax puts it under {@code name}, or in the default graph when null. */
    public static byte[] write(Graph graph, Node name, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.isDataset()) {
            DatasetGraph dataset = name == null ? DatasetGraphFactory.wrap(graph) : DatasetGraphFactory.createGeneral();
            if (name != null) {
                dataset.addGraph(name, graph);
            }
            RDFWriter.source(dataset).lang(format.lang()).output(out);
        } else {
            RDFWriter.source(graph).lang(format.lang()).output(out);
        }
        return out.toByteArray();
    }

    /**
     * The graph of a request's documents for the graph {@code name}: the merge of each one's
     * triples, from a graph syntax, or from a dataset syntax's default graph or graph {@code name}.
     * Each document is parsed on its own, so that a blank node label means one node within a document only.
     *
     * @throws UnsupportedBody for a media type that is no RDF syntax, MalformedRequest for a syntax error
     *                           or a dataset body that names another graph
     */
    public static Graph read(List<Document> documents, Node name, String base) {
        Graph merged = GraphFactory.createDefaultGraph();
        documents.forEach(document -> read(document.content(), document.contentType(), name, base).find()
                .forEachRemaining(merged::add));
        return merged;
    }

    private static Graph read(byte[] body, String contentType, Node name, String base) {
        // By the media types offered only: Jena would also read text/plain as N-Triples.
        String mediaType = contentType == null ? null : ContentType.create(contentType).getContentTypeStr();
        Lang lang = ResultFormat.GRAPHS.stream().filter(f -> f.mediaType().equals(mediaType)).map(ResultFormat::lang)
                .findFirst().orElseThrow(() -> new UnsupportedBody("The body must be RDF in one of "
                        + ResultFormat.GRAPHS.stream().map(ResultFormat::mediaType).collect(Collectors.joining(", "))
                        + ", not " + (contentType == null ? "a body without Content-Type" : contentType)));
        if (lang != Lang.RDFXML) {
            // RDF/XML may declare its own encoding; the other syntaxes are UTF-8, and a wrong byte
            // would otherwise be stored as U+FFFD.
            Utf8Body.text(body, lang.getLabel() + " body");
        }
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        try {
            // A client's syntax error is answered with 400, not logged as the service's own error.
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(base)
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(parsed);
        } catch (RiotException e) {
            throw new MalformedRequest("Malformed " + lang.getLabel() + " body: " + e.getMessage());
        }
        Set<Node> others = parsed.stream().map(Quad::getGraph)
                .filter(g -> !Quad.isDefaultGraph(g) && !g.equals(name)).collect(Collectors.toSet());
        if (!others.isEmpty()) {
            throw new MalformedRequest("The body holds triples of " + others
                    + "; a request changes the one graph it names, " + (name == null ? "the default graph" : name));
        }
        Graph graph = parsed.getDefaultGraph();
        if (name != null && parsed.containsGraph(name)) {
            parsed.getGraph(name).find().forEachRemaining(graph::add);
        }
        return graph;
    }
}
