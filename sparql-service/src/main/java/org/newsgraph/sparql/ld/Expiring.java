package org.newsgraph.sparql.ld;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value computed from the store at most once per period: for figures that need a scan of the
 * whole store (VoID's counts, the store-size metric) and may be a little stale.
 * <pre>
 *   Supplier&lt;Long&gt; quads = new Expiring&lt;&gt;(Duration.ofMinutes(1), store::size);
 * </pre>
 * Callers that arrive while the value is computed wait for it rather than scan again.
 */
public final class Expiring<T> implements Supplier<T> {
    private final Duration period;
    private final Supplier<T> source;
    private T value;
    private long computedAt;

    public Expiring(Duration period, Supplier<T> source) {
        this.period = period;
        this.source = source;
    }

    /** The value, computed anew when it is older than the period. */
    @Override
    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - computedAt > period.toNanos()) {
            value = source.get();
            computedAt = now;
        }
        return value;
    }
}
