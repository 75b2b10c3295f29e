package org.newsgraph.sparql.ld;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.newsgraph.core.store.Store;
import org.newsgraph.ontology.NG;
import org.newsgraph.ontology.NewsgraphOntology;

/**
 * The VoID description of the store, for {@code /.well-known/void}: the dataset's triples and
 * entities, one class partition per ng: class of the ontology (events by kind included, 0 when
 * none), the SPARQL endpoint, the dump and the URI space {@code <base>id/}.
 * <pre>
 *   Graph description = voids.describe("http://localhost:8080/");
 * </pre>
 * The counts are those of the union of the post graphs, the default graph of {@code /sparql}:
 * distinct triples; entities are the distinct subjects in the URI space (mentions, images,
 * roles and amounts included). They take a scan of the store, so they are kept for a minute.
 */
@ApplicationScoped
public class VoidDescription {
    /** Long enough that a crawler's requests do not each scan the store; short enough to follow ingest. */
    private static final Duration KEPT = Duration.ofMinutes(1);
    private static final Query TRIPLES = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    private static final Query ENTITIES = QueryFactory.create(
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?space)) }");
    private static final Query CLASSES = QueryFactory.create("""
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { ?s a ?class FILTER(STRSTARTS(STR(?class), "%s")) }
            GROUP BY ?class""".formatted(NG.NS));

    /** The figures of one count. */
    record Counts(long triples, long entities, Map<String, Long> entitiesByClass) {}

    private final String uriSpace;
    private final Ontology ontology;
    private final Expiring<Counts> counts;

    VoidDescription(Store store, Ontology ontology) {
        this.uriSpace = store.base() + "id/";
        this.ontology = ontology;
        this.counts = new Expiring<>(KEPT, () -> store.read(this::count));
    }

    /** The description, with the endpoint and dump under {@code serviceBase} (ending in "/"). */
    public Graph describe(String serviceBase) {
        Counts figures = counts.get();
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(NewsgraphOntology.PREFIXES).setNsPrefix("void", VOID.NS);
        Node document = NodeFactory.createURI(serviceBase + ".well-known/void");
        Node dataset = NodeFactory.createURI(serviceBase + ".well-known/void#newsgraph");
        g.add(document, RDF.type.asNode(), VOID.DatasetDescription.asNode());
        g.add(document, NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"), dataset);
        g.add(dataset, RDF.type.asNode(), VOID.Dataset.asNode());
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralString("newsgraph"));
        g.add(dataset, VOID.triples.asNode(), integer(figures.triples()));
        g.add(dataset, VOID.entities.asNode(), integer(figures.entities()));
        g.add(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(uriSpace));
        g.add(dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(serviceBase + "sparql"));
        g.add(dataset, VOID.dataDump.asNode(), NodeFactory.createURI(serviceBase + "dump"));
        g.add(dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(NG.NS));
        figures.entitiesByClass().forEach((type, entities) -> {
            Node partition = NodeFactory.createURI(serviceBase + ".well-known/void#" + type.substring(NG.NS.length()));
            g.add(dataset, VOID.classPartition.asNode(), partition);
            g.add(partition, VOID._class.asNode(), NodeFactory.createURI(type));
            g.add(partition, VOID.entities.asNode(), integer(entities));
        });
        return g;
    }

    private Counts count(DatasetGraph dataset) {
        Map<String, Long> byClass = new TreeMap<>();
        ontology.graph().find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode())
                .filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(NG.NS))
                .forEach(t -> byClass.put(t.getSubject().getURI(), 0L));
        try (QueryExec exec = QueryExec.dataset(dataset).query(CLASSES).build()) {
            exec.select().forEachRemaining(row -> byClass.put(row.get("class").getURI(), number(row.get("n"))));
        }
        return new Counts(single(dataset, TRIPLES, null), single(dataset, ENTITIES, uriSpace), byClass);
    }

    private static long single(DatasetGraph dataset, Query query, String space) {
        var builder = QueryExec.dataset(dataset).query(query);
        if (space != null) {
            builder.substitution("space", NodeFactory.createLiteralString(space));
        }
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            return number(rows.next().get("n"));
        }
    }

    private static long number(Node literal) {
        return ((Number) literal.getLiteralValue()).longValue();
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
