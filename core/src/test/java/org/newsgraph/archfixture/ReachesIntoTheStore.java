package org.newsgraph.archfixture;

import org.newsgraph.core.store.search.SearchIndex;

/** A client that reaches past the store's facade: {@code ArchitectureTest} shows the rule catches it. */
public final class ReachesIntoTheStore {
    private ReachesIntoTheStore() {}

    static void close(SearchIndex index) {
        index.close();
    }
}
