package org.newsgraph.sparql.store;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.ServiceConfig;

/**
 * Opens the one {@link Store} of the process at startup and closes it at shutdown.
 * <pre>
 *   &#64;Inject Store store;   // anywhere in the service
 * </pre>
 * Opening at startup rather than on first use makes a bad folder stop the service at once,
 * with the reason in the log, instead of failing the first query.
 */
@ApplicationScoped
class StoreLifecycle {
    private static final Logger LOG = Logger.getLogger(StoreLifecycle.class);

    /** The store in {@code newsgraph.store}; a folder that cannot be opened stops the service. */
    @Produces
    @Singleton
    @Startup
    Store open(ServiceConfig config) {
        var folder = config.store().toAbsolutePath();
        try {
            Store store = Store.open(folder, config.base());
            LOG.infof("Store open at %s (base %s)", folder, config.base());
            return store;
        } catch (RuntimeException e) {
            LOG.errorf("Cannot open the store, so the service stops: %s (newsgraph.store=%s, newsgraph.base=%s)",
                    e.getMessage(), folder, config.base());
            throw e;
        }
    }

    void close(@Disposes Store store) {
        store.close();
        LOG.info("Store closed");
    }
}
