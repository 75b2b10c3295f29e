package org.newsgraph.ingest.evaluate;

import java.util.Set;

/**
 * An entity of the graph, as the scorer compares it.
 *
 * @param node       its node in the graph
 * @param type       the first of Country, Person, Organisation, Place it is typed with
 * @param names      its label and aliases, normalised, without empty ones
 * @param labelNames its labels alone, normalised
 */
record PredictedEntity(Term node, String type, Set<String> names, Set<String> labelNames) {
    PredictedEntity {
        names = Set.copyOf(names);
        labelNames = Set.copyOf(labelNames);
    }
}
