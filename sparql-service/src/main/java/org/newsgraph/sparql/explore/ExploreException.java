package org.newsgraph.sparql.explore;

import jakarta.ws.rs.core.Response.Status;

/**
 * An exploration request that cannot be answered: a malformed or unknown IRI, a bad limit, a
 * search that ran out of time. The API answers it as {@code {"error": message}}, the pages as
 * a short HTML page, both with its status.
 */
class ExploreException extends RuntimeException {
    private final Status status;

    ExploreException(Status status, String message) {
        super(message);
        this.status = status;
    }

    Status status() {
        return status;
    }
}
