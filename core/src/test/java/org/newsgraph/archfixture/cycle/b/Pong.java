package org.newsgraph.archfixture.cycle.b;

import org.newsgraph.archfixture.cycle.a.Ping;

/** The other half of the package cycle of {@link Ping}. */
public final class Pong {
    private Pong() {}

    public static int next(int n) {
        return n <= 0 ? 0 : Ping.next(n - 1);
    }
}
