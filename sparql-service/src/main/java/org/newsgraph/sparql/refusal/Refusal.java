package org.newsgraph.sparql.refusal;

/**
 * A request the service will not carry out, with a message for the client saying why and what
 * to send instead; nothing was changed. The subclasses say what went wrong, not how HTTP answers
 * it: that is {@code ErrorResponses}' choice.
 * <pre>
 *   throw new MalformedRequest("More than one format parameter: ask for one format");
 *   throw new NotFound("No graph " + iri + " in the store");
 * </pre>
 */
public abstract sealed class Refusal extends RuntimeException permits MalformedRequest, TooLarge, UnsupportedBody,
        NoAcceptableFormat, NotFound, DefaultGraphReadOnly, ReplicaReadOnly, NotStorable, WritesOff, NoCredential, WrongCredential,
        Busy, NotReady, TimedOut, Cancelled {
    protected Refusal(String message) {
        super(message);
    }

    protected Refusal(String message, Throwable cause) {
        super(message, cause);
    }
}
