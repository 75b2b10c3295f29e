package org.newsgraph.ingest.evaluate;

import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One value of a query solution as the reference scorer sees it through the SPARQL JSON results
 * format: a kind ("uri", "bnode", "literal") and a text (the IRI, the label, the lexical form).
 * Two literals that differ only in datatype or language are one value to it, and so here.
 *
 * @param kind  uri, bnode, literal, or triple for an RDF 1.2 triple term
 * @param value the IRI, blank node label or lexical form
 */
record Term(String kind, String value) {
    static final String LITERAL = "literal";

    Term {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    static Term of(Node node) {
        if (node.isURI()) {
            return new Term("uri", node.getURI());
        }
        if (node.isBlank()) {
            return new Term("bnode", node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            return new Term(LITERAL, node.getLiteralLexicalForm());
        }
        return new Term("triple", node.toString());
    }

    boolean isLiteral() {
        return kind.equals(LITERAL);
    }
}
