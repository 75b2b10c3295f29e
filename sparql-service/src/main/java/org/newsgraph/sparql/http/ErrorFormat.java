package org.newsgraph.sparql.http;

import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;

/**
 * How the errors of requests under one path are written, for {@link ErrorResponses} to choose by
 * the request's path; a part that registers none answers in plain text. A part registers one by
 * producing it as a bean:
 * <pre>
 *   &#64;Produces &#64;Singleton
 *   ErrorFormat apiErrors() {
 *       return new ErrorFormat("/api", (response, message) -&gt; response.type(MediaType.APPLICATION_JSON).entity(...));
 *   }
 * </pre>
 *
 * @param root   the path the format serves, and every path beneath it ({@code /api} serves {@code /api/x})
 * @param writer the response, its status and headers set already, with the message as its body
 */
public record ErrorFormat(String root, BiFunction<Response.ResponseBuilder, String, Response.ResponseBuilder> writer) {
    /** Whether errors of requests to {@code path} (as UriInfo gives it, with a leading slash) are written this way. */
    public boolean serves(String path) {
        return root.equals("/") || path.equals(root) || path.startsWith(root + "/");
    }

    /** The response, its status and headers set already, with {@code message} as its body. */
    Response.ResponseBuilder write(Response.ResponseBuilder response, String message) {
        return writer.apply(response, message);
    }
}
