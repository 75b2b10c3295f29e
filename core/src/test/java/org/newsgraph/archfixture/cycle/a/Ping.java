package org.newsgraph.archfixture.cycle.a;

import org.newsgraph.archfixture.cycle.b.Pong;

/** One half of a package cycle: {@code ArchitectureTest} shows the rule catches it. */
public final class Ping {
    private Ping() {}

    public static int next(int n) {
        return n <= 0 ? 0 : Pong.next(n - 1);
    }
}
