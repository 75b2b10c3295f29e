package org.newsgraph.ingest.evaluate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event of the graph, as the scorer compares it.
 *
 * @param node    its node in the graph
 * @param agents  for each entity-valued property, one set of normalised names per value
 * @param texts   for each text-valued property (quote, allegation, purpose, until, time), the texts
 * @param amounts a pledge's amounts
 */
record PredictedEvent(Term node, Map<String, List<Set<String>>> agents, Map<String, List<String>> texts,
                      List<PredictedAmount> amounts) {
    PredictedEvent {
        agents = agents.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Set::copyOf).toList()));
        texts = texts.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> List.copyOf(e.getValue())));
        amounts = List.copyOf(amounts);
    }

    /** The name sets of all values of the given properties. */
    List<Set<String>> names(String... properties) {
        return Arrays.stream(properties).flatMap(p -> agents.getOrDefault(p, List.of()).stream()).toList();
    }

    /** The texts of a property; empty when it has none. */
    List<String> texts(String property) {
        return texts.getOrDefault(property, List.of());
    }
}
