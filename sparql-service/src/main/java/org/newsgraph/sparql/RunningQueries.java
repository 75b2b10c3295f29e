package org.newsgraph.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The queries running now, so that an administrator can see a runaway one and stop it.
 * <pre>
 *   try (RunningQueries.Entry entry = running.start(id, "SELECT", text, exec)) {
 *       ... run exec ...                  // meanwhile running.cancel(id) aborts it
 *   }
 * </pre>
 * Thread-safe: queries start and end on request threads while the list is read on others.
 */
@ApplicationScoped
class RunningQueries {
    private final Map<String, Entry> running = new ConcurrentHashMap<>();

    /** One running query; closing it forgets it. */
    final class Entry implements AutoCloseable {
        final String id;
        final String form;
        final String query;
        final Instant started = Instant.now();
        private final QueryExec exec;
        private final AtomicBoolean cancelled = new AtomicBoolean();

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
        }
    }

    /** Registers a query under {@code id} until the returned entry is closed. */
    Entry start(String id, String form, String query, QueryExec exec) {
        Entry entry = new Entry(id, form, query, exec);
        running.put(id, entry);
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
}
