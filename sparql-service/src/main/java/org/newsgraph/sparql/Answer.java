package org.newsgraph.sparql;

import java.util.OptionalLong;

/**
 * The written result of a query or graph, whole and ready to send.
 * <pre>
 *   Answer graph = graphs.get(GraphTarget.named(iri), "application/n-triples", Optional.empty());
 *   graph.body().length;   // what Content-Length will say
 * </pre>
 *
 * @param contentType the Content-Type header, with its charset
 * @param body        the result, whole
 * @param truncatedAt the row cap that cut the result short, when one did
 */
record Answer(String contentType, byte[] body, OptionalLong truncatedAt) implements QueryAnswer {
    Answer(String contentType, byte[] body) {
        this(contentType, body, OptionalLong.empty());
    }
}
