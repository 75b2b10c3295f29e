package org.newsgraph.sparql.explore;

import jakarta.ws.rs.core.Response.Status;
import org.newsgraph.sparql.http.ProtocolException;

/**
 * An exploration request that cannot be answered: a malformed or unknown IRI, a bad limit, a
 * search that ran out of time. The API answers it as {@code {"error": message}} ({@link ExploreErrors}),
 * the pages as a short HTML page, both with its status.
 */
class ExploreException extends ProtocolException {
    ExploreException(Status status, String message) {
        super(status, message);
    }
}
