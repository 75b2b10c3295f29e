package org.newsgraph.sparql.explore;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.store.BackgroundStart;
import org.newsgraph.sparql.refusal.NotReady;

/**
 * Fills the {@link EventIndex} from the store at start-up, and keeps it following the store's
 * writes; exploration asks it for the index.
 * <pre>
 *   Map&lt;Node, Set&lt;Part&gt;&gt; events = loader.ready().appearances(ines);
 * </pre>
 * The store is read in a {@link BackgroundStart}, so that the service is up at once (a store of
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
    private BackgroundStart reading;

    EventIndexLoader(Store store, ServiceConfig config) {
        this.store = store;
        this.patience = config.queryTimeout();
    }

    @PostConstruct
    void follow() {
        reading = BackgroundStart.run("newsgraph-event-graph", LOG, () -> {
            store.follow(index);
            return String.format("Exploration's event index: %,d events, %,d entities in them", index.events(), index.entities());
        }, "Exploration cannot read the store's events");
    }

    /**
     * The index, once the store's events have been read.
     *
     * @throws NotReady when they are still being read after the query timeout
     */
    EventIndex ready() {
        if (!reading.awaitDone(patience)) {
            throw new NotReady("Exploration is still reading the store's events (" + reading.elapsed().toSeconds()
                    + " s so far); try again shortly");
        }
        reading.failure().ifPresent(unread -> {
            throw new IllegalStateException("Exploration could not read the store's events: " + unread.getMessage(), unread);
        });
        return index;
    }
}
