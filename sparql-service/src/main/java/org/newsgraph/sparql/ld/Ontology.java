package org.newsgraph.sparql.ld;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.ontology.NG;
import org.newsgraph.ontology.NewsgraphOntology;
import org.newsgraph.ontology.docs.OntologyDocs;

/**
 * The ontology, read once from the ontology module's Turtle: its graph, for the RDF forms of
 * {@code /ontology} and for VoID's class list, and its HTML documentation.
 */
@ApplicationScoped
public class Ontology {
    private final Model model;
    private final String html;
    private final List<String> terms;

    Ontology() {
        try (InputStream in = NewsgraphOntology.openOntology()) {
            model = RDFParser.source(in).lang(Lang.TURTLE).toModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ontology from the classpath", e);
        }
        html = OntologyDocs.of(model).html();
        terms = model.listSubjects().filterKeep(r -> r.isURIResource() && r.getURI().startsWith(NG.NS)
                && r.getURI().length() > NG.NS.length()).mapWith(r -> r.getURI().substring(NG.NS.length()))
                .toList().stream().sorted().toList();
    }

    /** The ontology's triples; read-only by convention, callers copy before changing. */
    public Graph graph() {
        return model.getGraph();
    }

    /** The local names of the ng: terms the ontology defines, sorted: "Pledge", "pledger"... */
    public List<String> terms() {
        return terms;
    }

    /** The HTML documentation, one anchor per term. */
    public String html() {
        return html;
    }
}
