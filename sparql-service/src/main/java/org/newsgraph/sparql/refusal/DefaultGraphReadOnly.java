package org.newsgraph.sparql.refusal;

import java.util.List;

/**
 * A write to the default graph, which is the read-only union of the named graphs: the methods
 * that may be used on it instead are {@link #allowed()}.
 */
public final class DefaultGraphReadOnly extends Refusal {
    private final List<String> allowed;

    public DefaultGraphReadOnly(String message, List<String> allowed) {
        super(message);
        this.allowed = List.copyOf(allowed);
    }

    /** The methods the default graph takes, e.g. GET and HEAD. */
    public List<String> allowed() {
        return allowed;
    }
}
