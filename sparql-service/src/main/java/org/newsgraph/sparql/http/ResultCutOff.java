package org.newsgraph.sparql.http;

/**
 * A query that failed after part of its result was sent: the client must be told the body is
 * incomplete, so the connection is closed; {@link ErrorResponses} only logs how the query ended.
 */
public final class ResultCutOff extends RuntimeException {
    public ResultCutOff(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }
}
