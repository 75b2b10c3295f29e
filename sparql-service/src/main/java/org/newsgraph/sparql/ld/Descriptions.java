package org.newsgraph.sparql.ld;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.core.story.index.StoryIndex;
import org.newsgraph.core.store.Store;
import org.newsgraph.ontology.NG;

/**
 * What the store says about one IRI, as one graph: the lookup behind every representation of
 * a linked-data page, HTML included.
 * <pre>
 *   Optional&lt;Graph&gt; person = descriptions.describe("http://localhost:8080/id/person/ines-varga");
 * </pre>
 * The graph holds, from the union of all post graphs:
 * <ul>
 *   <li>the IRI's own triples, and the triples of its parts: roles it holds, amounts, evidence
 *       mentions, images, and any fragment {@code <iri>#...} (a post's mentions and images);</li>
 *   <li>every triple that points at it, and for each event among those (an event is what has
 *       {@code ng:evidence}) the event's triples and parts, so a person's page shows the events
 *       they took part in under any role, with the sentences that ground them;</li>
 *   <li>the types, labels, headlines, titles and publication times of every other IRI in it,
 *       so that each link can be shown by name.</li>
 * </ul>
 * An IRI that is in no triple at all is unknown: the answer is empty.
 */
@ApplicationScoped
public class Descriptions {
    /** Links to nodes that belong to the one linking to them and are shown with it. */
    private static final List<Node> PART_OF = nodes(NG.holdsRole, NG.amount, NG.evidence, NG.image);
    /** What a page needs of a neighbour to show a link to it. */
    private static final List<Node> NAMING = nodes(RDF.type, RDFS.label, NG.headline, NG.title, NG.publishedAt);

    private final Store store;

    Descriptions(Store store) {
        this.store = store;
    }

    /** The description of {@code iri}; empty when the store does not mention it. */
    public Optional<Graph> describe(String iri) {
        Node subject = NodeFactory.createURI(iri);
        return store.read(dataset -> {
            Graph union = dataset.getUnionGraph();
            if (!union.contains(subject, Node.ANY, Node.ANY) && !union.contains(Node.ANY, Node.ANY, subject)) {
                return Optional.empty();
            }
            return Optional.of(new Lookup(union, iri).run(subject));
        });
    }

    /** The HTML page of {@code iri} from its description; a story's page lists its posts too. */
    public EntityPage page(String iri, Graph description, Links links) {
        boolean story = description.contains(NodeFactory.createURI(iri), RDF.type.asNode(), NG.Story.asNode());
        return EntityPage.of(iri, description, links, story ? new StoryIndex(store).posts(iri) : List.of());
    }

    /** One description in the making, within the read transaction. */
    private static final class Lookup {
        private final Graph union;
        private final String fragments;
        private final Graph out = GraphFactory.createDefaultGraph();
        private final Set<Node> described = new HashSet<>();

        Lookup(Graph union, String iri) {
            this.union = union;
            this.fragments = iri + "#";
        }

        Graph run(Node subject) {
            describeWithParts(subject);
            for (Triple incoming : union.find(Node.ANY, Node.ANY, subject).toList()) {
                out.add(incoming);
                Node from = incoming.getSubject();
                if (isEvent(from) || isFragment(from)) {
                    describeWithParts(from);
                }
            }
            nameNeighbours();
            return out;
        }

        private void describeWithParts(Node node) {
            if (!described.add(node)) {
                return;
            }
            List<Triple> triples = union.find(node, Node.ANY, Node.ANY).toList();
            triples.forEach(out::add);
            for (Triple t : triples) {
                if (PART_OF.contains(t.getPredicate()) || isFragment(t.getObject())) {
                    describeWithParts(t.getObject());
                }
            }
        }

        private void nameNeighbours() {
            Set<Node> neighbours = new HashSet<>();
            out.find().forEach(t -> {
                neighbours.add(t.getSubject());
                neighbours.add(t.getObject());
            });
            neighbours.removeAll(described);
            for (Node n : neighbours) {
                if (n.isURI()) {
                    List<Triple> names = new ArrayList<>();
                    NAMING.forEach(p -> union.find(n, p, Node.ANY).forEach(names::add));
                    names.forEach(out::add);
                }
            }
        }

        private boolean isEvent(Node node) {
            return union.contains(node, NG.evidence.asNode(), Node.ANY);
        }

        private boolean isFragment(Node node) {
            return node.isURI() && node.getURI().startsWith(fragments);
        }
    }

    private static List<Node> nodes(Property... properties) {
        return Arrays.stream(properties).map(Property::asNode).toList();
    }
}
