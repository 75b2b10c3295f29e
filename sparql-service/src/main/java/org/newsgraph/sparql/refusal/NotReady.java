package org.newsgraph.sparql.refusal;

/**
 * A request the service cannot answer yet because it is still reading the store at start-up; it
 * may be sent again shortly.
 */
public final class NotReady extends Refusal {
    public NotReady(String message) {
        super(message);
    }
}
