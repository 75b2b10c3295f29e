package org.newsgraph.ingest.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells a long-running ingest (--follow, --watch) to stop between two pages, and waits between
 * rounds until then. Ctrl-C stops it through a shutdown hook, which then waits for the round
 * under way to end, so that the store is closed rather than cut off. The ingest thread is never
 * interrupted: an interrupt during a TDB2 write would close its files under it.
 */
final class StopSignal {
    /** How long Ctrl-C waits for the round under way; a round with extraction can take a while. */
    private static final Duration GRACE = Duration.ofSeconds(60);

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "newsgraph-stop");

    /** A signal that Ctrl-C (or any JVM shutdown) sets; {@link #close} when the work is done. */
    static StopSignal onShutdown() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    void stop() {
        stop.countDown();
    }

    boolean stopped() {
        return stop.getCount() == 0;
    }

    /** Waits the given time, or less when stopped; whether stopped. */
    boolean await(Duration time) {
        try {
            return stop.await(time.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** The work is done: a shutdown need not wait for it any more. */
    void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it sees the work finished and returns.
        }
    }

    private void stopAndWait() {
        stop();
        try {
            finished.await(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
