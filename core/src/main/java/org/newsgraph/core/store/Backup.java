package org.newsgraph.core.store;

import java.nio.file.Path;

/**
 * What {@link Store#backup} wrote: the file, and the named graphs and quads in it.
 *
 * @param file   the gzip N-Quads snapshot, complete (it had another name while being written)
 * @param graphs the named graphs it holds
 * @param quads  the quads of those graphs
 */
public record Backup(Path file, long graphs, long quads) {
}
