package org.newsgraph.core.store;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes xsd:decimal literals in their canonical form ("12.0", "0.5") before they reach TDB2.
 * TDB2 5.6.0 hands back a stored "12"^^xsd:decimal as "12.0", and then cannot delete it by that
 * node, so a graph holding it could never be replaced whole. Canonical on the way in, the value
 * is the same and the delete works.
 */
final class DecimalTerms {
    private DecimalTerms() {}

    static Node canonical(Node node) {
        if (!node.isLiteral() || !XSDDatatype.XSDdecimal.equals(node.getLiteralDatatype())) {
            return node;
        }
        String lexical = node.getLiteralLexicalForm();
        try {
            String canonical = XSDFuncOp.canonicalDecimalStr(new BigDecimal(lexical.strip()));
            return canonical.equals(lexical) ? node : NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal);
        } catch (NumberFormatException e) {
            return node; // an ill-formed decimal is stored as it came; TDB2 keeps it in its node table
        }
    }

    static Triple canonical(Triple t) {
        Node o = canonical(t.getObject());
        return o == t.getObject() ? t : Triple.create(t.getSubject(), t.getPredicate(), o);
    }

    /** A copy of the graph with every decimal canonical. */
    static Graph canonical(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> copy.add(canonical(t)));
        return copy;
    }

    static Quad canonical(Quad q) {
        Node o = canonical(q.getObject());
        return o == q.getObject() ? q : Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), o);
    }
}
