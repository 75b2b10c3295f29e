package org.newsgraph.sparql.explore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.Map;
import org.newsgraph.sparql.http.ErrorFormat;

/**
 * How the exploration's errors are written: {@code {"error": "..."}} for the API under
 * {@code /api/explore}, a short HTML page for the pages under {@code /explore}.
 */
final class ExploreErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExploreErrors() {}

    /** Errors of {@link ExploreApi}, as JSON. */
    @ApplicationScoped
    static class Api implements ErrorFormat {
        @Override
        public boolean serves(String path) {
            return under(path, "/api/explore");
        }

        @Override
        public Response.ResponseBuilder write(Response.ResponseBuilder response, String message) {
            return response.type(MediaType.APPLICATION_JSON).entity(json(Map.of("error", message)));
        }
    }

    /** Errors of {@link ExplorePages}, as a page. */
    @ApplicationScoped
    static class Pages implements ErrorFormat {
        @Override
        public boolean serves(String path) {
            return under(path, "/explore");
        }

        @Override
        public Response.ResponseBuilder write(Response.ResponseBuilder response, String message) {
            return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ExplorePages.Templates.refused(message).render());
        }
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    /** The value as JSON text. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
