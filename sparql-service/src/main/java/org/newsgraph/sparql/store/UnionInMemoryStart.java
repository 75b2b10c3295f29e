package org.newsgraph.sparql.store;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.ServiceConfig;

/**
 * Has the store keep its union in memory ({@link Store#keepInMemory}) up to
 * {@code newsgraph.memory-layer-triples}, copying it on a thread of its own so that the service
 * is up at once: queries are answered from the files until the copy is ready.
 */
@ApplicationScoped
@Startup
class UnionInMemoryStart {
    private static final Logger LOG = Logger.getLogger(UnionInMemoryStart.class);

    private final Store store;
    private final long maxTriples;

    UnionInMemoryStart(Store store, ServiceConfig config) {
        this.store = store;
        this.maxTriples = config.memoryLayerTriples();
    }

    @PostConstruct
    void start() {
        if (maxTriples <= 0) {
            LOG.info("Queries are answered from the store's files (newsgraph.memory-layer-triples=0)");
            return;
        }
        Thread copier = new Thread(() -> {
            long start = System.nanoTime();
            try {
                if (store.keepInMemory(maxTriples)) {
                    LOG.infof("Default-graph queries are answered from memory: %,d triples copied in %d ms",
                            store.inMemory().triples(), (System.nanoTime() - start) / 1_000_000);
                } else {
                    LOG.infof("The union holds more than %,d triples (newsgraph.memory-layer-triples), so queries"
                            + " are answered from the store's files", maxTriples);
                }
            } catch (RuntimeException e) {
                LOG.error("Cannot copy the union into memory; queries are answered from the store's files", e);
            }
        }, "newsgraph-memory-layer");
        copier.setDaemon(true);
        copier.start();
    }
}
