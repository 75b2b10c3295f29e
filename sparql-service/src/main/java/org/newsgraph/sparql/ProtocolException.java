package org.newsgraph.sparql;

import jakarta.ws.rs.core.Response.Status;

/**
 * A request that breaks the SPARQL protocol as this service speaks it: the status to answer
 * with, and a message for the client.
 * <pre>
 *   throw new ProtocolException(Status.BAD_REQUEST, "No query: send query=...");
 * </pre>
 */
class ProtocolException extends RuntimeException {
    private final Status status;

    ProtocolException(Status status, String message) {
        super(message);
        this.status = status;
    }

    Status status() {
        return status;
    }
}
