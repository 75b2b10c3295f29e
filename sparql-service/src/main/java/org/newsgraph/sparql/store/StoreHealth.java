package org.newsgraph.sparql.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.jena.sparql.exec.QueryExec;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.newsgraph.core.store.Store;
import org.newsgraph.sparql.ServiceConfig;

/**
 * The service's health, at {@code /q/health} (and {@code /q/health/live}, {@code /q/health/ready}).
 * <pre>
 *   curl http://localhost:8080/q/health/ready
 *   {"status": "UP", "checks": [{"name": "store", "status": "UP"}]}
 * </pre>
 * Ready when the store answers a query in a read transaction; live while the process can
 * answer at all, since a store that stops answering is better reported as not ready than
 * restarted in the middle of a write. The store's folder is not shown: anyone may ask.
 */
@ApplicationScoped
class StoreHealth {
    private static final Logger LOG = Logger.getLogger(StoreHealth.class);

    @Produces
    @Readiness
    HealthCheck storeAnswers(Store store) {
        return () -> {
            var response = HealthCheckResponse.named("store");
            try {
                boolean answered = store.read(dataset -> QueryExec.dataset(dataset).query("ASK {}").ask());
                return response.status(answered).build();
            } catch (RuntimeException e) {
                // The message may name files: the log has it, the public answer only its kind.
                LOG.warnf("The store did not answer the readiness check: %s", e.getMessage());
                return response.down().withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }

    @Produces
    @Liveness
    HealthCheck serviceRuns() {
        return () -> HealthCheckResponse.up("sparql-service");
    }
}
