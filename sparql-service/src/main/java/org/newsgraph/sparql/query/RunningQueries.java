package org.newsgraph.sparql.query;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The queries running now, so that an administrator can see a runaway one and stop it.
 * <pre>
 *   try (RunningQueries.Entry entry = running.start(id, "SELECT", text, exec, Duration.ofSeconds(30))) {
 *       ... run exec ...                  // meanwhile running.cancel(id) aborts it
 *   }
 * </pre>
 * A query still running at its time limit is aborted here too: Jena's own timeout misses a query
 * that does all its work before its first row, such as a COUNT over a cross product, while an
 * abort stops any query wherever it is.
 * Thread-safe: queries start and end on query threads while the list is read on others.
 */
@ApplicationScoped
class RunningQueries {
    private final Map<String, Entry> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "newsgraph-query-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    /** One running query; closing it forgets it. */
    final class Entry implements AutoCloseable {
        final String id;
        final String form;
        final String query;
        final Instant started = Instant.now();
        private final QueryExec exec;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile ScheduledFuture<?> deadline;

        private Entry(String id, String form, String query, QueryExec exec) {
            this.id = id;
            this.form = form;
            this.query = query;
            this.exec = exec;
        }

        /** Whether an administrator stopped it (rather than its timeout). */
        boolean cancelled() {
            return cancelled.get();
        }

        Duration elapsed() {
            return Duration.between(started, Instant.now());
        }

        @Override
        public void close() {
            running.remove(id, this);
            deadline.cancel(false);
        }
    }

    /** Registers a query under {@code id} until the returned entry is closed, and aborts it after {@code limit}. */
    Entry start(String id, String form, String query, QueryExec exec, Duration limit) {
        Entry entry = new Entry(id, form, query, exec);
        running.put(id, entry);
        entry.deadline = deadlines.schedule(exec::abort, limit.toMillis(), TimeUnit.MILLISECONDS);
        return entry;
    }

    /** The running queries, longest-running first. */
    List<Entry> list() {
        return running.values().stream().sorted(Comparator.comparing(e -> e.started)).toList();
    }

    /** Stops the query {@code id}; whether one was running. Its client gets 503. */
    boolean cancel(String id) {
        Entry entry = running.get(id);
        if (entry == null) {
            return false;
        }
        entry.cancelled.set(true);
        entry.exec.abort();
        return true;
    }

    @PreDestroy
    void stop() {
        deadlines.shutdownNow();
    }
}
