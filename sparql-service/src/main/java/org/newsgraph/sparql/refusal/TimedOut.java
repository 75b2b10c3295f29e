package org.newsgraph.sparql.refusal;

import java.time.Duration;

/**
 * A query, update or exploration that ran past its time limit and was stopped. Its message names
 * the limit that applied, which for a query may be the client's own {@code timeout} rather than
 * the configured one, and what the client can do about it.
 * <pre>
 *   throw new TimedOut("query", Duration.ofSeconds(30), "narrow it down or add a LIMIT", e);
 *   // The query ran longer than the limit of 30 s and was stopped; narrow it down or add a LIMIT
 * </pre>
 */
public final class TimedOut extends Refusal {
    public TimedOut(String operation, Duration limit, String advice, Throwable cause) {
        super("The " + operation + " ran longer than the limit of " + readable(limit) + " and was stopped; " + advice, cause);
    }

    private static String readable(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
