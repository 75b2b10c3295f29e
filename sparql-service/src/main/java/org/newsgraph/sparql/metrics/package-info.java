/**
 * The service's metrics: queries answered and timed out, cache hits, the store's size.
 * Uses Micrometer and core's Store.
 */
package org.newsgraph.sparql.metrics;
