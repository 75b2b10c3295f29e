/**
 * Replica mode ({@code newsgraph.replicate-from}): feeds the store from the log's {@code newsgraph.graphs}
 * ({@link org.newsgraph.core.log.GraphReplica}), says "not ready" until caught up, gives the lag as a metric,
 * and closes the write routes. Uses the log module, the store and the service's config; nothing of it
 * runs when the setting is absent.
 */
package org.newsgraph.sparql.replica;
