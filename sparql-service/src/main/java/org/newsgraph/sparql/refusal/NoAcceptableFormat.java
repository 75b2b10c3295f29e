package org.newsgraph.sparql.refusal;

/**
 * A request none of whose acceptable formats (its {@code Accept} header) the answer can be
 * written in.
 */
public final class NoAcceptableFormat extends Refusal {
    public NoAcceptableFormat(String message) {
        super(message);
    }
}
