package org.newsgraph.sparql.refusal;

/**
 * A request about something the store does not hold: a graph, an entity, a story, a running
 * query.
 */
public final class NotFound extends Refusal {
    public NotFound(String message) {
        super(message);
    }
}
