package org.newsgraph.core.store;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.rdf.PostGraph;
import org.newsgraph.core.story.PostFacts;

/**
 * The one way a graph is made ready for storing, whichever writer stores it (the TDB2 store,
 * or a remote writer over the Graph Store protocol): a post's graph is minted, every
 * xsd:decimal is made canonical, and the graph is checked against the ontology's SHACL shapes.
 * <pre>
 *   WritePath writes = new WritePath();
 *   WritePath.Prepared prepared = writes.prepare(post, iris);
 *   if (prepared.refusal().isEmpty()) { ... store prepared.graph() as prepared.graphIri() ... }
 * </pre>
 * The shapes are parsed once, when it is made; thread-safe.
 */
public final class WritePath {
    private final ShapeValidator validator = new ShapeValidator();

    /**
     * A graph ready to store, or refused.
     *
     * @param graphIri the named graph it is to replace
     * @param graph    its triples, decimals canonical
     * @param refusal  the refused result when it breaks the shapes; then it must not be stored
     */
    public record Prepared(String graphIri, Graph graph, Optional<WriteResult> refusal) {}

    /** A post's graph, its IRIs minted with {@code iris}, prepared. */
    public Prepared prepare(PostFacts post, IriMinter iris) {
        return prepare(iris.graph(post.post()), PostGraph.of(post, iris));
    }

    /** A copy of {@code offered} with canonical decimals, checked against the shapes. */
    public Prepared prepare(String graphIri, Graph offered) {
        Graph graph = DecimalTerms.canonical(offered);
        return new Prepared(graphIri, graph, validator.refusal(graphIri, graph));
    }

    /** A bulk-loaded quad as it is stored: loads are not checked against the shapes, but their decimals are made canonical too. */
    public static Quad canonical(Quad quad) {
        return DecimalTerms.canonical(quad);
    }
}
