package org.newsgraph.sparql.architecture;

import jakarta.ws.rs.core.Response;

/** A service that builds an HTTP response itself, as services must not: the rule's counter-example. */
class RespondingService {
    Response answer() {
        return Response.status(Response.Status.NOT_FOUND).build();
    }
}
