package org.newsgraph.sparql;

/**
 * The written result of a query, ready to send.
 * <pre>
 *   Answer answer = queries.answer("ASK {}", null);
 *   new String(answer.body(), UTF_8);   // {"head": {}, "boolean": true}
 * </pre>
 *
 * @param contentType the Content-Type header, with its charset
 * @param body        the result, whole
 */
record Answer(String contentType, byte[] body) {}
