package org.newsgraph.sparql.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one server answered: the rows of the check queries, by kind in the order sent, what
 * the clients counted in the measured time, and the posts written meanwhile ({@link LiveWriter}).
 */
record ServerRun(String server, Map<QueryKind, List<Integer>> checkRows, Duration measured, Tally tally, int writes) {
    /** Answered queries per second. */
    double throughput() {
        return tally.allTimes().count() / (measured.toNanos() / 1e9);
    }
}
