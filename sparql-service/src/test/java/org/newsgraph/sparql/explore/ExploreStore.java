package org.newsgraph.sparql.explore;

import org.newsgraph.sparql.TestStore;

/** A real TDB2 folder holding {@link Summits}' posts, written with {@code Store.write} before the service starts. */
public class ExploreStore extends TestStore {
    public ExploreStore() {
        super(Summits.BASE, Summits::posts);
    }
}
