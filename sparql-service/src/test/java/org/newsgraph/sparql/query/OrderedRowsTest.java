package org.newsgraph.sparql.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Which queries ask for a page, and how pages are cut from kept rows. */
class OrderedRowsTest {
    private static final Var N = Var.alloc("n");

    @Test
    void anOrderedSelectWithALimitWithinTheWindowAsksForAPage() {
        PagedQuery page = PagedQuery.of(QueryFactory.create("SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 10 OFFSET 20")).orElseThrow();
        assertEquals(20, page.offset());
        assertEquals(10, page.limit());
        assertEquals(PagedQuery.of(QueryFactory.create("SELECT ?s {?s ?p ?o} ORDER BY ?s LIMIT 3")).orElseThrow().ordered(),
                page.ordered(), "pages of one result share their ordered query");
        assertEquals(PagedQuery.WINDOW + 1, PagedQuery.window(QueryFactory.create("SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 10 OFFSET 20")).getLimit());
    }

    @Test
    void otherQueriesDoNot() {
        for (String query : List.of("SELECT ?s { ?s ?p ?o } LIMIT 10", "SELECT ?s { ?s ?p ?o } ORDER BY ?s",
                "SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 10 OFFSET " + PagedQuery.WINDOW, "ASK { ?s ?p ?o }",
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 10")) {
            assertEquals(Optional.empty(), PagedQuery.of(QueryFactory.create(query)), query);
        }
    }

    @Test
    void aShortResultIsKeptWholeAndPagesPastItsEndAreShort() {
        OrderedRows rows = OrderedRows.read(numbers(5));
        assertTrue(rows.whole());
        assertTrue(rows.covers(3, 10));
        assertEquals(List.of(3, 4), values(rows.page(3, 10)));
        assertEquals(List.of(), values(rows.page(7, 10)));
    }

    @Test
    void aLongResultKeepsItsWindowAndCoversOnlyPagesWithinIt() {
        OrderedRows rows = OrderedRows.read(numbers(PagedQuery.WINDOW + 1));
        assertFalse(rows.whole());
        assertEquals(PagedQuery.WINDOW, rows.rows().size());
        assertTrue(rows.covers(PagedQuery.WINDOW - 10, 10));
        assertFalse(rows.covers(PagedQuery.WINDOW - 9, 10));
        assertEquals(List.of(PagedQuery.WINDOW - 2, PagedQuery.WINDOW - 1), values(rows.page(PagedQuery.WINDOW - 2, 2)));
        assertTrue(OrderedRows.read(numbers(PagedQuery.WINDOW)).whole(), "a window's worth is all there is");
    }

    private static RowSet numbers(int count) {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(BindingFactory.binding(N, NodeFactory.createLiteralString(Integer.toString(i))));
        }
        return RowSetStream.create(List.of(N), rows.iterator());
    }

    private static List<Integer> values(RowSet rows) {
        List<Integer> values = new ArrayList<>();
        rows.forEachRemaining(row -> values.add(Integer.parseInt(row.get(N).getLiteralLexicalForm())));
        return values;
    }
}
