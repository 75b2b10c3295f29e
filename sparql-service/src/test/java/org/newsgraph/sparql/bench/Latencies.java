package org.newsgraph.sparql.bench;

import java.util.Arrays;

/** Response times in nanoseconds, and their percentiles. Not thread-safe: one per client thread, merged after. */
final class Latencies {
    private long[] nanos = new long[256];
    private int size;

    void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return size;
    }

    /**
     * The nearest-rank percentile: the smallest time that at least {@code p} percent of the
     * times do not exceed. {@code p} is in (0, 100]; there must be at least one time.
     */
    long percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile is in (0, 100]: " + p);
        }
        if (size == 0) {
            throw new IllegalStateException("no times to take a percentile of");
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(rank, 1) - 1];
    }
}
