package org.newsgraph.sparql.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Work the service starts at start-up on a thread of its own, so that it is up at once while a
 * large store is read: the work's outcome is logged with how long it took, a failure is logged
 * and kept, and whoever needs the work done may wait for it, up to a limit.
 * <pre>
 *   BackgroundStart reading = BackgroundStart.run("newsgraph-event-graph", LOG,
 *           () -&gt; { store.follow(index); return "Exploration's event index: " + index.events() + " events"; },
 *           "Exploration cannot read the store's events");
 *   if (!reading.awaitDone(Duration.ofSeconds(30))) { ... still reading ... }
 * </pre>
 */
public final class BackgroundStart {
    private final long since = System.nanoTime();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile RuntimeException failure;

    private BackgroundStart() {}

    /**
     * Starts {@code work} on a daemon thread named {@code thread}; the work returns the line to log
     * when it is done, {@code failed} is logged with the exception when it fails.
     */
    public static BackgroundStart run(String thread, Logger log, Supplier<String> work, String failed) {
        BackgroundStart start = new BackgroundStart();
        Thread worker = new Thread(() -> {
            try {
                String outcome = work.get();
                log.infof("%s (%d ms)", outcome, start.elapsed().toMillis());
            } catch (RuntimeException e) {
                start.failure = e;
                log.error(failed, e);
            } finally {
                start.done.countDown();
            }
        }, thread);
        worker.setDaemon(true);
        worker.start();
        return start;
    }

    /** Waits up to {@code patience} for the work to end; whether it has (false when interrupted too, the flag kept). */
    public boolean awaitDone(Duration patience) {
        try {
            return done.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Why the work failed, once it has ended; empty while it runs or when it succeeded. */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** How long since the work was started. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - since);
    }
}
