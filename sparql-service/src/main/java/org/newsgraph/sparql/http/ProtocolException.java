package org.newsgraph.sparql.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;

/**
 * A request that breaks the SPARQL protocols as this service speaks them: the status to answer
 * with, a message for the client, and any headers the status calls for.
 * <pre>
 *   throw new ProtocolException(Status.BAD_REQUEST, "No query: send query=...");
 *   throw new ProtocolException(Status.UNAUTHORIZED, "Writes need a credential", Map.of("WWW-Authenticate", List.of("Basic realm=\"newsgraph\"")));
 * </pre>
 */
public class ProtocolException extends RuntimeException {
    /** 422: a well-formed body the service will not store; jakarta.ws.rs 3.1 has no constant for it. */
    public static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private final Response.StatusType status;
    private final Map<String, List<String>> headers;

    public ProtocolException(Response.StatusType status, String message) {
        this(status, message, Map.of());
    }

    public ProtocolException(Response.StatusType status, String message, Map<String, List<String>> headers) {
        super(message);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    Response.StatusType status() {
        return status;
    }

    /** Headers the response must carry, each with its values, such as WWW-Authenticate with a 401 or Allow with a 405. */
    Map<String, List<String>> headers() {
        return headers;
    }
}
