package org.newsgraph.sparql.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;
import org.apache.jena.riot.WebContent;

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
 * A negotiated page writes its errors as the request asks: its writer also reads the request.
 *
 * @param root   the path the format serves, and every path beneath it ({@code /api} serves {@code /api/x})
 * @param writer the response, its status and headers set already, with the message as its body
 */
public record ErrorFormat(String root, Writer writer) {
    /** Writes an error's message into its response, its status and headers set already. */
    @FunctionalInterface
    public interface Writer {
        Response.ResponseBuilder write(Response.ResponseBuilder response, String message, Failed request);
    }

    /**
     * The request that failed, for a writer that answers as it asks.
     *
     * @param status the status of the answer
     */
    public record Failed(UriInfo uri, HttpHeaders headers, int status) {
        /** Whether the answer says that what was asked for is not there (404). */
        public boolean notFound() {
            return status == Response.Status.NOT_FOUND.getStatusCode();
        }
    }

    /** A format that writes every error of its paths the same way, whatever the request asks for. */
    public ErrorFormat(String root, BiFunction<Response.ResponseBuilder, String, Response.ResponseBuilder> writer) {
        this(root, (response, message, request) -> writer.apply(response, message));
    }

    /** The message as a line of UTF-8 plain text: the errors of paths that register no format. */
    public static Response.ResponseBuilder plainText(Response.ResponseBuilder response, String message) {
        return response.type(WebContent.contentTypeTextPlain + "; charset=" + WebContent.charsetUTF8).entity(message + "\n");
    }

    /** Whether errors of requests to {@code path} (as UriInfo gives it, with a leading slash) are written this way. */
    public boolean serves(String path) {
        return root.equals("/") || path.equals(root) || path.startsWith(root + "/");
    }

    /** The response, its status and headers set already, with {@code message} as its body. */
    Response.ResponseBuilder write(Response.ResponseBuilder response, String message, Failed request) {
        return writer.write(response, message, request);
    }
}
