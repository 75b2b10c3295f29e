package org.newsgraph.sparql.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A replica is ready once it has applied {@code newsgraph.graphs} up to the end the topic had when
 * it started, so a load balancer sends it no queries while it would answer from an old store:
 * <pre>
 *   {"name": "replica", "status": "DOWN", "data": {"from": "localhost:9092", "lag": 5120}}
 * </pre>
 * A service that is no replica is always ready as far as this check goes.
 */
@ApplicationScoped
class ReplicaHealth {

    @Produces
    @Readiness
    HealthCheck caughtUp(ReplicaFeed feed) {
        return () -> feed.replica().map(r -> {
            var response = HealthCheckResponse.named("replica").withData("from", r.servers()).withData("lag", r.lag());
            r.failure().ifPresent(e -> response.withData("error", String.valueOf(e.getMessage())));
            return response.status(r.caughtUp() && r.failure().isEmpty()).build();
        }).orElseGet(() -> HealthCheckResponse.named("replica").up().withData("mode", "not a replica").build());
    }
}
