package org.newsgraph.sparql.explore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.util.Map;
import org.newsgraph.sparql.http.ErrorFormat;

/**
 * How the exploration's errors are written: {@code {"error": "..."}} for the API under
 * {@code /api/explore}, a short HTML page for the pages under {@code /explore}.
 */
@Dependent
class ExploreErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Errors of {@link ExploreApi}, as JSON. */
    @Produces
    @Singleton
    ErrorFormat api() {
        return new ErrorFormat("/api/explore", (response, message) ->
                response.type(MediaType.APPLICATION_JSON).entity(json(Map.of("error", message))));
    }

    /** Errors of {@link ExplorePages}, as a page. */
    @Produces
    @Singleton
    ErrorFormat pages() {
        return new ErrorFormat("/explore", (response, message) ->
                response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(ExplorePages.Templates.refused(message).render()));
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
