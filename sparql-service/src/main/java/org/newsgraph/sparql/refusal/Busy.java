package org.newsgraph.sparql.refusal;

import java.time.Duration;

/**
 * A request refused rather than queued because the client, or the whole service, runs as many
 * queries as it may; it may be sent again after {@link #retryAfter()}.
 */
public final class Busy extends Refusal {
    private final Duration retryAfter;

    public Busy(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
