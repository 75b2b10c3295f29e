package org.newsgraph.sparql.http;

import jakarta.ws.rs.core.Response;

/**
 * How the errors of one part of the service are written, for {@link ErrorResponses} to choose by
 * the request's path; a part that registers none answers in plain text.
 * <pre>
 *   &#64;ApplicationScoped
 *   class ApiErrors implements ErrorFormat {
 *       public boolean serves(String path) { return path.startsWith("/api/"); }
 *       public Response.ResponseBuilder write(Response.ResponseBuilder response, String message) { ... }
 *   }
 * </pre>
 */
public interface ErrorFormat {
    /** Whether errors of requests to {@code path} (as UriInfo gives it, with a leading slash) are written this way. */
    boolean serves(String path);

    /** The response, its status and headers set already, with {@code message} as its body. */
    Response.ResponseBuilder write(Response.ResponseBuilder response, String message);
}
