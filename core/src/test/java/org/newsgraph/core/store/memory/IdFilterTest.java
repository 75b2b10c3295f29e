package org.newsgraph.core.store.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.expr.ExprList;
import org.junit.jupiter.api.Test;

/**
 * FILTERs checked on ids give ARQ's answers over the same triples: each query's algebra is run
 * unoptimised on a snapshot, so that its FILTER reaches the executor as written, and compared with
 * ARQ's own evaluation over a plain graph (whose literals are in the form TDB2, and so the copy,
 * keeps them: a double as 1.0e0).
 */
class IdFilterTest {
    private static final String DATA = """
            <http://example.org/x/a> <http://example.org/x/v> 1 . <http://example.org/x/b> <http://example.org/x/v> 1.5 . <http://example.org/x/c> <http://example.org/x/v> "1.0e0"^^<http://www.w3.org/2001/XMLSchema#double> .
            <http://example.org/x/a> <http://example.org/x/w> "quay"@en . <http://example.org/x/b> <http://example.org/x/w> "quay"@en-gb . <http://example.org/x/c> <http://example.org/x/w> "quay" .
            <http://example.org/x/a> <http://example.org/x/knows> <http://example.org/x/b> . <http://example.org/x/b> <http://example.org/x/knows> <http://example.org/x/c> . <http://example.org/x/c> <http://example.org/x/knows> _:someone .
            <http://example.org/x/a> <http://example.org/x/at> "2024-05-01T10:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
            """;
    private static final List<String> QUERIES = List.of(
            "SELECT * { ?s <http://example.org/x/knows> ?o FILTER (?o = <http://example.org/x/b>) }",
            "SELECT * { ?s <http://example.org/x/knows> ?o FILTER (?o != <http://example.org/x/b>) }",
            "SELECT * { ?s ?p ?o FILTER (?o = <http://example.org/x/b>) }",
            "SELECT * { ?s ?p ?o FILTER (?o != <http://example.org/x/b> && ?s != <http://example.org/x/c>) }",
            "SELECT * { ?s ?p ?o FILTER (sameTerm(?o, 1)) }",
            "SELECT * { ?s ?p ?o FILTER (!sameTerm(?o, 1)) }",
            "SELECT * { ?s ?p ?o FILTER (sameTerm(?o, \"quay\")) }",
            "SELECT * { ?s ?p ?o FILTER (sameTerm(?o, \"quay\"@EN)) }",
            "SELECT * { ?s ?p ?o FILTER (sameTerm(?o, \"01\"^^<http://www.w3.org/2001/XMLSchema#integer>)) }",
            "SELECT * { ?s ?p ?o FILTER (?o = 1) }",
            "SELECT * { ?s ?p ?o FILTER (?o = <http://example.org/x/none>) }",
            "SELECT * { ?s ?p ?o FILTER (?o != <http://example.org/x/none>) }",
            "SELECT * { ?s ?p ?o FILTER (sameTerm(?o, \"2024-05-01T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>)) }",
            "SELECT * { ?s <http://example.org/x/knows> ?m . ?m <http://example.org/x/knows> ?o FILTER (?s = <http://example.org/x/a>) }");

    @Test
    void filtersOnIdsAnswerAsArqDoes() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(graph);
        UnionInMemory copy = new UnionInMemory(1000);
        assertTrue(copy.load(graph.find()));
        int rows = 0;
        for (String text : QUERIES) {
            Query query = QueryFactory.create(text);
            Op op = Algebra.compile(query);
            assertTrue(op instanceof OpFilter, "the filter reaches the executor as written: " + op);
            RowSetRewindable expected = QueryExec.graph(graph).query(query).select().rewindable();
            QueryIterator actual = copy.open().orElseThrow().eval(op, BindingFactory.empty(), ARQ.getContext().copy());
            RowSetRewindable got = RowSet.create(actual, query.getProjectVars()).rewindable();
            assertTrue(ResultSetCompare.equalsByTerm(expected, got), text + "\nexpected " + expected.size() + " rows, got " + got.size());
            rows += expected.size();
        }
        assertTrue(rows > 20, "the queries have answers: " + rows);
    }

    @Test
    void onlyChecksExactOnIdsAreTaken() {
        assertTrue(IdFilter.of(expr("?o = <http://example.org/x/b>")).isPresent());
        assertTrue(IdFilter.of(expr("!sameTerm(?o, 1)")).isPresent());
        assertFalse(IdFilter.of(expr("?o = 1")).isPresent(), "= on literals compares values");
        assertFalse(IdFilter.of(expr("sameTerm(?o, \"a\"@EN)")).isPresent(), "sameTerm ignores the case of tags");
        assertFalse(IdFilter.of(expr("sameTerm(?o, \"01\"^^<http://www.w3.org/2001/XMLSchema#integer>)")).isPresent());
        assertEquals(false, IdFilter.of(expr("?o != <http://example.org/x/b>")).orElseThrow().same());
    }

    private static org.apache.jena.sparql.expr.Expr expr(String text) {
        ExprList exprs = ((OpFilter) Algebra.compile(QueryFactory.create("SELECT * { ?s ?p ?o FILTER (" + text + ") }"))).getExprs();
        return exprs.get(0);
    }
}
