package org.newsgraph.sparql.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One query as the protocol delivered it.
 * <pre>
 *   new QueryRequest("ASK {}", List.of("http://example.org/graph/a"), List.of(), Optional.of("xml"), Optional.of(Duration.ofSeconds(2)));
 * </pre>
 *
 * @param query         the query text
 * @param defaultGraphs the {@code default-graph-uri} values: when any dataset parameter is given, their
 *                      merge is the default graph, replacing the union of all graphs and any FROM
 * @param namedGraphs   the {@code named-graph-uri} values: the only named graphs the query sees
 * @param format        the {@code format} parameter, which overrides the Accept header
 * @param timeout       the {@code timeout} parameter: the client's own limit, which can only
 *                      shorten the configured one
 */
public record QueryRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, Optional<String> format,
                           Optional<Duration> timeout) {
    public QueryRequest {
        defaultGraphs = List.copyOf(defaultGraphs);
        namedGraphs = List.copyOf(namedGraphs);
    }

    /** Whether the request describes its own dataset. */
    public boolean describesDataset() {
        return !defaultGraphs.isEmpty() || !namedGraphs.isEmpty();
    }
}
