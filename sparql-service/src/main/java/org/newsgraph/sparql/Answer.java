package org.newsgraph.sparql;

import java.util.OptionalLong;

/**
 * The written result of a query, ready to send.
 * <pre>
 *   Answer answer = queries.answer(request, "application/sparql-results+json", null);
 *   new String(answer.body(), UTF_8);   // {"head": {}, "boolean": true}
 * </pre>
 *
 * @param contentType the Content-Type header, with its charset
 * @param body        the result, whole
 * @param truncatedAt the row cap that cut the result short, when one did
 */
record Answer(String contentType, byte[] body, OptionalLong truncatedAt) {
    Answer(String contentType, byte[] body) {
        this(contentType, body, OptionalLong.empty());
    }
}
