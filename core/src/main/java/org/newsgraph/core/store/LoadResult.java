package org.newsgraph.core.store;

/** What a bulk load did: the graphs it replaced and the quads it added. */
public record LoadResult(long graphs, long quads) {
}
