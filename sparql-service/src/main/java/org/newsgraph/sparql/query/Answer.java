package org.newsgraph.sparql.query;

import java.util.OptionalLong;

/**
 * The written result of a query, whole and ready to send.
 * <pre>
 *   Answer whole = new Answer("text/csv; charset=utf-8", body);
 *   whole.body().length;   // what Content-Length will say
 * </pre>
 *
 * @param contentType the Content-Type header, with its charset
 * @param body        the result, whole
 * @param truncatedAt the row cap that cut the result short, when one did
 * @param kept        whether it comes from the result cache
 */
record Answer(String contentType, byte[] body, OptionalLong truncatedAt, boolean kept) implements QueryAnswer {
    Answer(String contentType, byte[] body) {
        this(contentType, body, OptionalLong.empty());
    }

    Answer(String contentType, byte[] body, OptionalLong truncatedAt) {
        this(contentType, body, truncatedAt, false);
    }

    /** This answer as given again from the result cache. */
    Answer asKept() {
        return new Answer(contentType, body, truncatedAt, true);
    }
}
