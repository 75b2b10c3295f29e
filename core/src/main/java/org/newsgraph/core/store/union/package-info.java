/**
 * The union of the post graphs kept merged in one graph of its own, the views clients read it
 * through, and the query engine that answers default-graph queries from it. Uses memory, search
 * and layout.
 */
package org.newsgraph.core.store.union;
