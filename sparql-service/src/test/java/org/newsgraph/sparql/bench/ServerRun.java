package org.newsgraph.sparql.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one server did: how soon it was ready, its heap then and its union's bytes (when it says), its answers to the check queries
 * (in the order sent; empty where it timed out), what the clients counted in the measured time,
 * and, when measured again with writes, what they counted then.
 *
 * @param loadAverage the machine's one-minute load average when the server was measured
 */
record ServerRun(BenchServer server, String label, double readySeconds, OptionalLong heap, OptionalLong unionBytes,
                 List<Optional<List<String>>> checks,
                 Duration measured, Tally tally, Optional<WithWrites> withWrites, double loadAverage) {
    /** The clients' count while a post was written every so often, and the posts written. */
    record WithWrites(Tally tally, int written) {}

    /** Answered queries per second. */
    double throughput() {
        return throughput(tally);
    }

    double throughput(Tally of) {
        return of.allTimes().count() / (measured.toNanos() / 1e9);
    }
}
