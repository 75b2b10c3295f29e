package org.newsgraph.sparql.query;

import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * A SELECT that asks for one page of an ordered result: ORDER BY with LIMIT (and OFFSET), the
 * shape of result tables that page and of top-N dashboards. Pages of one ordered query share one
 * evaluation: its first {@link #WINDOW} rows are kept ({@link OrderedRows}) and each page is cut
 * from them.
 * <pre>
 *   PagedQuery.of(QueryFactory.create("SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 10 OFFSET 20"))
 *       // the query without LIMIT and OFFSET, offset 20, limit 10
 * </pre>
 * Cutting a page from a longer ordered result gives an answer the query could have given itself:
 * rows that the ORDER BY leaves tied are in no defined order either way.
 *
 * @param ordered the query without its LIMIT and OFFSET, as text: what pages of one result share
 * @param offset  the rows to skip
 * @param limit   the rows to give
 */
public record PagedQuery(String ordered, long offset, long limit) {
    /**
     * The rows of an ordered result kept for its pages: dashboards and result tables page
     * through the first hundreds of rows, and an ORDER BY with a LIMIT this small still sorts
     * in bounded memory (ARQ's top-N sort).
     */
    public static final int WINDOW = 1_000;

    /** The page {@code query} asks for, if it asks for one within the first {@link #WINDOW} rows. */
    static Optional<PagedQuery> of(Query query) {
        if (!query.isSelectType() || !query.hasOrderBy() || !query.hasLimit()) {
            return Optional.empty();
        }
        long offset = query.hasOffset() ? query.getOffset() : 0;
        if (offset + query.getLimit() > WINDOW) {
            return Optional.empty();
        }
        Query ordered = query.cloneQuery();
        ordered.setLimit(Query.NOLIMIT);
        ordered.setOffset(Query.NOLIMIT);
        return Optional.of(new PagedQuery(ordered.toString(), offset, query.getLimit()));
    }

    /**
     * The query that reads the window: {@code query} with no OFFSET and a LIMIT one row past
     * {@link #WINDOW}, so that the rows read tell whether the window holds the whole result.
     */
    static Query window(Query query) {
        Query window = query.cloneQuery();
        window.setOffset(Query.NOLIMIT);
        window.setLimit(WINDOW + 1);
        return window;
    }
}
