package org.newsgraph.core.store.memory;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction2;

/**
 * A FILTER a basic pattern can check on ids, without decoding: {@code sameTerm(?v, term)} and
 * its negation, and {@code ?v = <iri>} / {@code ?v != <iri>} (for an IRI, {@code =} is term
 * equality: an IRI never equals a literal, and no error arises). {@code =} against a literal is
 * value equality ({@code 1 = 1.0}) and stays ARQ's, as do a literal TDB2 would store in another
 * form ({@code sameTerm(?v, "01"^^xsd:integer)} is false for the stored 1) and a language-tagged
 * one (ARQ's sameTerm ignores the case of the tag).
 * <pre>
 *   IdFilter.of(expr).ifPresent(filter -> ...);   // else ARQ evaluates expr on the row's terms
 * </pre>
 */
record IdFilter(Var var, Node term, boolean same) {
    /** The check {@code expr} is, when it can be made on ids. */
    static Optional<IdFilter> of(Expr expr) {
        if (expr instanceof E_LogicalNot not && not.getArg() instanceof E_SameTerm sameTerm) {
            return of(sameTerm, false, false);
        }
        if (expr instanceof E_SameTerm sameTerm) {
            return of(sameTerm, true, false);
        }
        if (expr instanceof E_Equals equals) {
            return of(equals, true, true);
        }
        if (expr instanceof E_NotEquals notEquals) {
            return of(notEquals, false, true);
        }
        return Optional.empty();
    }

    private static Optional<IdFilter> of(ExprFunction2 function, boolean same, boolean iriOnly) {
        Expr a = function.getArg1();
        Expr b = function.getArg2();
        Expr variable = a.isVariable() ? a : b;
        Expr constant = a.isVariable() ? b : a;
        if (!variable.isVariable() || !constant.isConstant()) {
            return Optional.empty();
        }
        Node term = constant.getConstant().asNode();
        // sameTerm takes language tags in any case: "a"@en and "a"@EN are the same there.
        boolean exact = term.isURI() || (!iriOnly && term.isLiteral() && term.getLiteralLanguage().isEmpty()
                && TermIds.canonical(term).equals(term));
        return exact ? Optional.of(new IdFilter(variable.asVar(), term, same)) : Optional.empty();
    }
}
