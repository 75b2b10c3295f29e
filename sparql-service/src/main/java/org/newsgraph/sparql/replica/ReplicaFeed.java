package org.newsgraph.sparql.replica;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.newsgraph.core.store.Store;
import org.newsgraph.core.log.GraphReplica;
import org.newsgraph.sparql.ServiceConfig;

/**
 * The replica's feed, started with the service when {@code newsgraph.replicate-from} is set, with its metrics:
 * <pre>
 *   newsgraph_replica_lag                      graph messages on the topic not yet applied
 *   newsgraph_replica_graphs_total             graphs applied (replaced or deleted)
 *   newsgraph_replica_dead_letters_total       messages set aside
 * </pre>
 */
@ApplicationScoped
@Startup
public class ReplicaFeed {
    private static final Logger LOG = Logger.getLogger(ReplicaFeed.class);

    private final Optional<GraphReplica> replica;

    ReplicaFeed(ServiceConfig config, Store store, MeterRegistry registry) {
        this.replica = config.replicateFrom().map(servers -> {
            LOG.infof("Read replica of newsgraph.graphs at %s; writes go to the log", servers);
            return GraphReplica.start(servers, store);
        });
        replica.ifPresent(r -> {
            Gauge.builder("newsgraph.replica.lag", r, GraphReplica::lag)
                    .description("Graph messages on newsgraph.graphs not yet applied (-1 before the first poll)").register(registry);
            FunctionCounter.builder("newsgraph.replica.graphs", r, GraphReplica::applied)
                    .description("Graphs applied from newsgraph.graphs since start").register(registry);
            FunctionCounter.builder("newsgraph.replica.dead.letters", r, GraphReplica::deadLetters)
                    .description("Graph messages set aside as dead letters since start").register(registry);
        });
    }

    /** The feed, when the service is a replica. */
    public Optional<GraphReplica> replica() {
        return replica;
    }

    /** Stops applying before the store is closed. */
    void stop(@Observes ShutdownEvent event) {
        replica.ifPresent(GraphReplica::close);
    }
}
