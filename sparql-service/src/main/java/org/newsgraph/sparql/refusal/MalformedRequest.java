package org.newsgraph.sparql.refusal;

/**
 * A request that breaks the protocol it is sent to, or whose parameters or body cannot be read as
 * it says: a malformed query, two formats, a body that is no UTF-8, a limit that is no number.
 */
public final class MalformedRequest extends Refusal {
    public MalformedRequest(String message) {
        super(message);
    }
}
