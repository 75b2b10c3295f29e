package org.newsgraph.sparql.store;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.ServiceConfig;

/**
 * Has the store keep its union in memory ({@link Store#keepInMemory}) up to
 * {@code newsgraph.memory-layer-triples}, copying it in the {@link BackgroundStart} so that the
 * service is up at once: queries are answered from the files until the copy is ready.
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
        BackgroundStart.run("newsgraph-memory-layer", LOG, this::copy,
                "Cannot copy the union into memory; queries are answered from the store's files");
    }

    private String copy() {
        if (store.keepInMemory(maxTriples)) {
            return String.format("Default-graph queries are answered from memory: %,d triples copied", store.inMemory().triples());
        }
        return String.format("The union holds more than %,d triples (newsgraph.memory-layer-triples), so queries"
                + " are answered from the store's files", maxTriples);
    }
}
