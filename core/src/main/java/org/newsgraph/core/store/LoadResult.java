package org.newsgraph.core.store;

/**
 * What a load did: the graphs it replaced, the quads it added, and whether it took the bulk path
 * (a store without post graphs, loaded by TDB2's bulk loader) or replaced graph by graph.
 */
public record LoadResult(long graphs, long quads, boolean bulk) {
    /** A load that replaced graph by graph. */
    public LoadResult(long graphs, long quads) {
        this(graphs, quads, false);
    }
}
