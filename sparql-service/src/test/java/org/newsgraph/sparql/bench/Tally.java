package org.newsgraph.sparql.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of the mix against one server counted, by query kind: the response times of the
 * answered queries, the failed ones, the ones given up on at the query timeout, and the first
 * failure's reason. One per client thread, merged after.
 */
final class Tally {
    private final Map<QueryKind, Latencies> answered = new EnumMap<>(QueryKind.class);
    private final Map<QueryKind, Integer> failed = new EnumMap<>(QueryKind.class);
    private final Map<QueryKind, Integer> timedOut = new EnumMap<>(QueryKind.class);
    private Optional<String> firstFailure = Optional.empty();

    void answered(QueryKind kind, long elapsedNanos) {
        answered.computeIfAbsent(kind, k -> new Latencies()).add(elapsedNanos);
    }

    void failed(QueryKind kind, String reason) {
        failed.merge(kind, 1, Integer::sum);
        if (firstFailure.isEmpty()) {
            firstFailure = Optional.of(kind.label() + ": " + reason);
        }
    }

    void timedOut(QueryKind kind) {
        timedOut.merge(kind, 1, Integer::sum);
    }

    void addAll(Tally other) {
        other.answered.forEach((kind, times) -> answered.computeIfAbsent(kind, k -> new Latencies()).addAll(times));
        other.failed.forEach((kind, n) -> failed.merge(kind, n, Integer::sum));
        other.timedOut.forEach((kind, n) -> timedOut.merge(kind, n, Integer::sum));
        if (firstFailure.isEmpty()) {
            firstFailure = other.firstFailure;
        }
    }

    /** The times of one kind's answered queries; empty when none was answered. */
    Latencies times(QueryKind kind) {
        return answered.getOrDefault(kind, new Latencies());
    }

    /** The times of every answered query. */
    Latencies allTimes() {
        Latencies all = new Latencies();
        answered.values().forEach(all::addAll);
        return all;
    }

    int failures(QueryKind kind) {
        return failed.getOrDefault(kind, 0);
    }

    int allFailures() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }

    int timeouts(QueryKind kind) {
        return timedOut.getOrDefault(kind, 0);
    }

    int allTimeouts() {
        return timedOut.values().stream().mapToInt(Integer::intValue).sum();
    }

    Optional<String> firstFailure() {
        return firstFailure;
    }
}
