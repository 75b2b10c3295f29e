package org.newsgraph.sparql.http;

import java.time.Duration;

/**
 * A query or update that ran past its time limit and was stopped; {@link ErrorResponses}
 * answers it with 503. It carries the limit that applied, which for a query may be the client's
 * own {@code timeout} rather than the configured one.
 * <pre>
 *   throw new TimedOut("query", Duration.ofSeconds(30), "narrow it down or add a LIMIT", e);
 * </pre>
 */
public class TimedOut extends RuntimeException {
    private final String operation;
    private final Duration limit;
    private final String advice;

    public TimedOut(String operation, Duration limit, String advice, Throwable cause) {
        super(operation + " stopped after " + limit, cause);
        this.operation = operation;
        this.limit = limit;
        this.advice = advice;
    }

    String operation() {
        return operation;
    }

    Duration limit() {
        return limit;
    }

    /** What the client can do about it. */
    String advice() {
        return advice;
    }
}
