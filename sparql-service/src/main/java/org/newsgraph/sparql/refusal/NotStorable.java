package org.newsgraph.sparql.refusal;

/**
 * A well-formed body the store will not keep: a graph that breaks newsgraph's shapes, or that
 * holds no triples.
 */
public final class NotStorable extends Refusal {
    public NotStorable(String message) {
        super(message);
    }
}
