package org.newsgraph.sparql.refusal;

import java.util.List;

/**
 * A write sent to a read replica, which takes its graphs from the log only: the methods the
 * resource takes here are {@link #allowed()} (none for /update).
 */
public final class ReplicaReadOnly extends Refusal {
    private final List<String> allowed;

    public ReplicaReadOnly(String message, List<String> allowed) {
        super(message);
        this.allowed = List.copyOf(allowed);
    }

    /** The methods the resource takes on a replica, e.g. GET and HEAD. */
    public List<String> allowed() {
        return allowed;
    }
}
