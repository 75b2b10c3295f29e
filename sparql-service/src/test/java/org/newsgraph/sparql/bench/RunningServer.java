package org.newsgraph.sparql.bench;

import java.util.Optional;
import java.util.OptionalLong;

/** A server the benchmark started and measures; closed, it is stopped. */
interface RunningServer extends AutoCloseable {
    Endpoint endpoint();

    /** Seconds from the start of its process until it was ready (for newsgraph: with the union in memory). */
    double readySeconds();

    /** Where posts can be written to it while it is measured; empty when it takes none in this benchmark. */
    Optional<LiveWriter.Target> writes();

    /** The bytes its union in memory takes, when it publishes them (newsgraph's {@code newsgraph_memory_layer_bytes}). */
    OptionalLong unionBytes() throws InterruptedException;

    /** The bytes of its heap in use after a full collection, when it is a JVM. */
    OptionalLong heapAfterCollection() throws InterruptedException;

    @Override
    void close() throws InterruptedException;
}
