package org.newsgraph.sparql.query;

/**
 * What a query answers: its whole result ({@link Answer}, sent with a Content-Length), or one
 * that outgrew newsgraph.result-buffer and is sent as the query writes it ({@link StreamedAnswer}).
 */
sealed interface QueryAnswer permits Answer, StreamedAnswer {
    /** The Content-Type header, with its charset. */
    String contentType();
}
