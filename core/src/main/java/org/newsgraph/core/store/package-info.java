/**
 * The store as clients use it: {@link org.newsgraph.core.store.Store} (open, write, query,
 * update, follow), its results and refusals, the union follower, and the one write path every
 * writer shares. The implementations live beneath and are reached only through {@code Store.open}.
 */
package org.newsgraph.core.store;
