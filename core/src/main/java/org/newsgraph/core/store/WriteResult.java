package org.newsgraph.core.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one post's graph: written, unchanged (the store already held exactly these
 * triples) or refused (it broke the shapes; nothing was written).
 *
 * @param graph   the named graph's IRI
 * @param outcome what happened
 * @param triples the triples of the graph offered
 * @param problem why it was refused: the validation report, one violation a line
 */
public record WriteResult(String graph, Outcome outcome, long triples, Optional<String> problem) {
    /** What became of a graph. */
    public enum Outcome { WRITTEN, UNCHANGED, REFUSED }

    public WriteResult {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(problem, "problem");
        if ((outcome == Outcome.REFUSED) != problem.isPresent()) {
            throw new IllegalArgumentException("a refusal, and only a refusal, says why");
        }
    }

    public static WriteResult written(String graph, long triples) {
        return new WriteResult(graph, Outcome.WRITTEN, triples, Optional.empty());
    }

    public static WriteResult unchanged(String graph, long triples) {
        return new WriteResult(graph, Outcome.UNCHANGED, triples, Optional.empty());
    }

    public static WriteResult refused(String graph, long triples, String why) {
        return new WriteResult(graph, Outcome.REFUSED, triples, Optional.of(why));
    }
}
