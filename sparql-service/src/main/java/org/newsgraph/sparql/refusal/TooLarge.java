package org.newsgraph.sparql.refusal;

/**
 * A request larger than the service takes: a query longer than {@code newsgraph.max-query-
 * length}.
 */
public final class TooLarge extends Refusal {
    public TooLarge(String message) {
        super(message);
    }
}
