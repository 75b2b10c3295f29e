/**
 * The union in memory as integer ids: a dictionary of terms, sorted id permutations with a small
 * delta in immutable versions, and ARQ's executor evaluating basic patterns on ids. It follows
 * every write and answers the queries that read only the default graph. Uses Jena (ARQ, TDB2's
 * inline values), layout and the facade's follower.
 */
package org.newsgraph.core.store.memory;
