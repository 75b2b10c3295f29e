package org.newsgraph.sparql;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.Duration;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.WebContent;
import org.jboss.logging.Logger;
import org.newsgraph.core.store.UpdateRefused;

/**
 * Turns every failure of a request into a status and a plain-text message, in one place.
 * <pre>
 *   GET /sparql?query=SELECT+*+{        400  Malformed query: Encountered "&lt;EOF&gt;" at line 1, column 11. ...
 *   GET /sparql?query=...  (too slow)   503  The query ran longer than the limit of 30 s ...
 *   GET /sparql?query=...&amp;timeout=2.5   503  The query ran longer than the limit of 2500 ms ...
 *   POST /update  CLEAR DEFAULT          400  Update refused, nothing changed: ...
 * </pre>
 * A {@link ProtocolException} carries its own status; Jena's exceptions are mapped here; any
 * other exception is a fault of the service: logged with its trace, and answered with 500.
 * A streamed result's failure ({@link ResultPipe.CutOff}) or lost client
 * ({@link ResultPipe.ClientGone}) comes after the response began, so its mapping only tells the
 * request's log line how the query ended.
 */
@Provider
public class SparqlExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(SparqlExceptionMapper.class);
    private static final String PLAIN_TEXT = WebContent.contentTypeTextPlain + "; charset=" + WebContent.charsetUTF8;

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof ResultPipe.CutOff cutOff) {
            // The response has begun and its connection is closed: this only tells the log how the query ended.
            return toResponse((Exception) cutOff.getCause());
        }
        if (e instanceof ResultPipe.ClientGone) {
            LOG.debugf("Result not sent whole: %s", e.getMessage());
            return text(Status.SERVICE_UNAVAILABLE, e.getMessage());
        }
        if (e instanceof ProtocolException p) {
            Response.ResponseBuilder response = builder(p.status(), p.getMessage());
            p.headers().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
            return response.build();
        }
        if (e instanceof UpdateRefused) {
            return text(Status.BAD_REQUEST, "Update refused, nothing changed: " + e.getMessage());
        }
        if (e instanceof QueryParseException) {
            return text(Status.BAD_REQUEST, "Malformed query: " + e.getMessage());
        }
        if (e instanceof TimedOut t) {
            return text(Status.SERVICE_UNAVAILABLE, "The " + t.operation() + " ran longer than the limit of "
                    + readable(t.limit()) + " and was stopped; " + t.advice());
        }
        if (e instanceof QueryDeniedException) {
            // Jena denies SERVICE only; its message tells how to enable it, which a client cannot.
            return text(Status.BAD_REQUEST, "SERVICE is disabled here: this endpoint does not query other endpoints");
        }
        if (e instanceof IOException) {
            // Only reading the request throws this far (results are written by ResultPipe): a body
            // cut short, or a multipart body that is no multipart.
            return text(Status.BAD_REQUEST, "The request body could not be read: " + e.getMessage());
        }
        if (e instanceof WebApplicationException w) {
            // Keeps the response's headers, such as the Allow of a 405.
            return Response.fromResponse(w.getResponse()).type(PLAIN_TEXT).entity(w.getMessage() + "\n").build();
        }
        LOG.error("Request failed", e);
        return text(Status.INTERNAL_SERVER_ERROR, "Internal error (" + e.getClass().getSimpleName()
                + "); the service log has the details");
    }

    private static String readable(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    private static Response text(Response.StatusType status, String message) {
        return builder(status, message).build();
    }

    private static Response.ResponseBuilder builder(Response.StatusType status, String message) {
        return Response.status(status).type(PLAIN_TEXT).entity(message + "\n");
    }
}
