package org.newsgraph.sparql.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsgraph.sparql.refusal.Refusal;

/**
 * The one exception mapper: turns every failure of a request into a status and a message, in the
 * {@link ErrorFormat} registered for the request's path (JSON for the exploration API, HTML for
 * its pages), else in plain text.
 * <pre>
 *   GET /sparql?query=SELECT+*+{        400  Malformed query: Encountered "&lt;EOF&gt;" at line 1, column 11. ...
 *   GET /sparql?query=...  (too slow)   503  The query ran longer than the limit of 30 s ...
 *   GET /sparql?query=...&amp;timeout=2.5   503  The query ran longer than the limit of 2500 ms ...
 *   POST /update  CLEAR DEFAULT          400  Update refused, nothing changed: ...
 *   GET /api/explore/timeline?entity=x   400  {"error": "..."}
 * </pre>
 * The services throw {@link Refusal}s, named for what went wrong, and {@link RefusalAnswers}
 * gives each its status and headers; the exceptions of Jena, core and the request's reading that
 * are the client's doing are first translated into refusals ({@link ForeignFailures}); any other
 * exception is a fault of the service: logged with its trace, and answered with 500.
 * A streamed result's failure ({@link ResultCutOff}) or lost client ({@link ClientGone}) comes
 * after the response began, so its mapping only tells the request's log line how the query ended.
 */
@ApplicationScoped
public class ErrorResponses {
    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    private static final ErrorFormat PLAIN_TEXT = new ErrorFormat("/", ErrorFormat::plainText);

    private final List<ErrorFormat> formats;

    ErrorResponses(Instance<ErrorFormat> formats) {
        this.formats = formats.stream().toList();
    }

    @ServerExceptionMapper
    public Response toResponse(Exception e, UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath().startsWith("/") ? uri.getPath() : "/" + uri.getPath();
        ErrorFormat format = formats.stream().filter(f -> f.serves(path)).findFirst().orElse(PLAIN_TEXT);
        Failure failure = failure(e);
        return format.write(failure.response, failure.message, new ErrorFormat.Failed(uri, headers, failure.status)).build();
    }

    /** A response with its status and headers, its status again for the format, and the message its body is to say. */
    private record Failure(Response.ResponseBuilder response, int status, String message) {}

    private static Failure failure(Exception e) {
        if (e instanceof ResultCutOff cutOff) {
            // The response has begun and its connection is closed: this only tells the log how the query ended.
            return failure((Exception) cutOff.getCause());
        }
        Optional<Refusal> refusal = ForeignFailures.refusal(e);
        if (refusal.isPresent()) {
            return new Failure(RefusalAnswers.answer(refusal.get()), RefusalAnswers.status(refusal.get()), refusal.get().getMessage());
        }
        if (e instanceof WebApplicationException w) {
            // Keeps the response's headers, such as the Allow of a 405.
            return new Failure(Response.fromResponse(w.getResponse()), w.getResponse().getStatus(), w.getMessage());
        }
        LOG.error("Request failed", e);
        return new Failure(Response.status(Status.INTERNAL_SERVER_ERROR), Status.INTERNAL_SERVER_ERROR.getStatusCode(), "Internal error (" + e.getClass().getSimpleName()
                + "); the service log has the details");
    }
}
