/**
 * The union in memory: an indexed copy of the merged union that follows every write and answers
 * the queries that read only the default graph. Uses layout and the facade's follower.
 */
package org.newsgraph.core.store.memory;
