package org.newsgraph.sparql.query;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.refusal.Busy;

/**
 * The threads that run queries, shared fairly: at most newsgraph.query-threads queries run at
 * once, and at most newsgraph.client-queries of them for one anonymous client (by its address),
 * so that one client's runaway queries cannot take the threads of everyone else's.
 * <pre>
 *   pool.start(Optional.of("203.0.113.7"), () -> { run(query); return answer::finish; });   // 503 with Retry-After when over a limit
 * </pre>
 * A query that cannot start is refused at once rather than queued: a queued query would wait
 * behind long ones, however light it is. Clients with the write credential count against the
 * pool only, as they are also exempt from the row cap.
 */
@ApplicationScoped
class QueryPool {
    /** How long a refused client is asked to wait before trying again. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final ThreadPoolExecutor threads;
    private final int perClient;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    QueryPool(ServiceConfig config) {
        AtomicInteger count = new AtomicInteger();
        threads = new ThreadPoolExecutor(config.queryThreads(), config.queryThreads(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "newsgraph-query-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        threads.allowCoreThreadTimeOut(true);
        perClient = config.clientQueries();
    }

    /**
     * Runs {@code query} on a query thread; {@code client} is the address of an anonymous client,
     * empty for one with the write credential. The query returns its ending (handing its answer
     * over), which runs once the client's share is free again: a client that sends its next query
     * the moment it has an answer must find room for it.
     *
     * @throws Busy when the client or the whole service is at its limit
     */
    void start(Optional<String> client, Supplier<Runnable> query) {
        client.ifPresent(this::admit);
        try {
            threads.execute(() -> {
                Runnable ending;
                try {
                    ending = query.get();
                } finally {
                    client.ifPresent(this::release);
                }
                ending.run();
            });
        } catch (RejectedExecutionException e) {
            client.ifPresent(this::release);
            throw busy("All " + threads.getMaximumPoolSize() + " query threads are busy");
        }
    }

    private void admit(String client) {
        boolean[] admitted = {false};
        running.compute(client, (address, queries) -> {
            int now = queries == null ? 0 : queries;
            admitted[0] = now < perClient;
            return admitted[0] ? now + 1 : queries;
        });
        if (!admitted[0]) {
            throw busy("You have " + perClient + " queries running, the most one client may run at once");
        }
    }

    private void release(String client) {
        running.computeIfPresent(client, (address, queries) -> queries == 1 ? null : queries - 1);
    }

    private static Busy busy(String why) {
        return new Busy(why + "; try again in " + RETRY_AFTER.toSeconds() + " s", RETRY_AFTER);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
