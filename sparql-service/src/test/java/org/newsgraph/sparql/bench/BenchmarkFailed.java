package org.newsgraph.sparql.bench;

/** The benchmark cannot go on or its figures would mean nothing: the message says why. */
final class BenchmarkFailed extends RuntimeException {
    BenchmarkFailed(String message) {
        super(message);
    }

    BenchmarkFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
