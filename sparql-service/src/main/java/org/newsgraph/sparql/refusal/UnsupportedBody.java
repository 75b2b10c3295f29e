package org.newsgraph.sparql.refusal;

/** A body in a media type the route does not take, or in a charset other than UTF-8. */
public final class UnsupportedBody extends Refusal {
    public UnsupportedBody(String message) {
        super(message);
    }
}
