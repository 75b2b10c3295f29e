package org.newsgraph.sparql.explore;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.refusal.NotReady;

/**
 * Fills the {@link EventIndex} from the store at start-up, and keeps it following the store's
 * writes; exploration asks it for the index.
 * <pre>
 *   Map&lt;Node, Set&lt;Part&gt;&gt; events = loader.ready().appearances(ines);
 * </pre>
 * The store is read on a thread of its own, so that the service is up at once (a store of
 * 100,000 posts takes a minute or more); exploration calls wait for it meanwhile, up to the
 * query timeout, and writes wait while it reads.
 */
@ApplicationScoped
@Startup
class EventIndexLoader {
    private static final Logger LOG = Logger.getLogger(EventIndexLoader.class);

    private final Store store;
    private final Duration patience;
    private final EventIndex index = new EventIndex();
    /** Open once the store's events have been read; a failure to read them is kept in {@link #unread}. */
    private final CountDownLatch read = new CountDownLatch(1);
    private volatile RuntimeException unread;
    private volatile long readingSince;

    EventIndexLoader(Store store, ServiceConfig config) {
        this.store = store;
        this.patience = config.queryTimeout();
    }

    @PostConstruct
    void follow() {
        readingSince = System.nanoTime();
        Thread reader = new Thread(() -> {
            try {
                store.follow(index);
                LOG.infof("Exploration's event index: %,d events, %,d entities in them, read in %d ms", index.events(),
                        index.entities(), (System.nanoTime() - readingSince) / 1_000_000);
            } catch (RuntimeException e) {
                unread = e;
                LOG.error("Exploration cannot read the store's events", e);
            } finally {
                read.countDown();
            }
        }, "newsgraph-event-graph");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The index, once the store's events have been read.
     *
     * @throws NotReady when they are still being read after the query timeout
     */
    EventIndex ready() {
        try {
            if (!read.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new NotReady("Exploration is still reading the store's events ("
                        + (System.nanoTime() - readingSince) / 1_000_000_000 + " s so far); try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("Interrupted while waiting for the store's events");
        }
        if (unread != null) {
            throw new IllegalStateException("Exploration could not read the store's events: " + unread.getMessage(), unread);
        }
        return index;
    }
}
