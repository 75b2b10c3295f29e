package org.newsgraph.sparql.graphstore;

/**
 * A graph written out for a GET: its Content-Type, with the charset, and the whole body.
 *
 * @param contentType the Content-Type header
 * @param body        the graph in that syntax
 */
record GraphDocument(String contentType, byte[] body) {}
