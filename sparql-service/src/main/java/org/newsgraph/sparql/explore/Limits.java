package org.newsgraph.sparql.explore;

import org.newsgraph.sparql.refusal.MalformedRequest;

/**
 * The bounds of a list that a client may ask for with {@code ?limit=}: a default, and a most.
 * <pre>
 *   int n = Limits.LIST.of(limit);   // 50 when absent; 400 when below 1 or above 500
 * </pre>
 */
record Limits(String parameter, int standard, int most) {
    static final Limits LIST = new Limits("limit", 50, 500);
    static final Limits GRAPH = new Limits("limit", 200, 500);
    static final Limits PATHS = new Limits("limit", 10, 100);
    static final Limits PATH_LENGTH = new Limits("maxLength", 4, 6);

    /** The value asked for, or the default; 400 when outside 1..most. */
    int of(Integer asked) {
        if (asked == null) {
            return standard;
        }
        if (asked < 1 || asked > most) {
            throw new MalformedRequest(parameter + " must be between 1 and " + most + ", not " + asked);
        }
        return asked;
    }
}
