package org.newsgraph.sparql.http;

import static java.util.Map.entry;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.sparql.refusal.Busy;
import org.newsgraph.sparql.refusal.Cancelled;
import org.newsgraph.sparql.refusal.DefaultGraphReadOnly;
import org.newsgraph.sparql.refusal.MalformedRequest;
import org.newsgraph.sparql.refusal.NoAcceptableFormat;
import org.newsgraph.sparql.refusal.NoCredential;
import org.newsgraph.sparql.refusal.NotFound;
import org.newsgraph.sparql.refusal.NotReady;
import org.newsgraph.sparql.refusal.NotStorable;
import org.newsgraph.sparql.refusal.Refusal;
import org.newsgraph.sparql.refusal.ReplicaReadOnly;
import org.newsgraph.sparql.refusal.TimedOut;
import org.newsgraph.sparql.refusal.TooLarge;
import org.newsgraph.sparql.refusal.UnsupportedBody;
import org.newsgraph.sparql.refusal.WritesOff;
import org.newsgraph.sparql.refusal.WrongCredential;

/**
 * What HTTP says for each {@link Refusal}: a registry of its status and of the headers some
 * refusals call for (Allow with a 405, WWW-Authenticate with a 401, Retry-After with a 503).
 * <pre>
 *   Response.ResponseBuilder response = RefusalAnswers.answer(new NotFound("No graph ..."));   // 404
 * </pre>
 * Every kind of refusal has its entry ({@code RefusalAnswersTest} checks the sealed list).
 */
final class RefusalAnswers {
    /** 422: a well-formed body the service will not store; jakarta.ws.rs 3.1 has no constant for it. */
    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
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
    private static final String REALM = " realm=\"newsgraph\"";

    /** A refusal's status, and its headers with their values. */
    private record Answer(Response.StatusType status, Function<Refusal, Map<String, List<String>>> headers) {}

    private static final Map<Class<? extends Refusal>, Answer> ANSWERS = Map.ofEntries(
            plain(MalformedRequest.class, Status.BAD_REQUEST),
            plain(TooLarge.class, Status.REQUEST_ENTITY_TOO_LARGE),
            plain(UnsupportedBody.class, Status.UNSUPPORTED_MEDIA_TYPE),
            plain(NoAcceptableFormat.class, Status.NOT_ACCEPTABLE),
            plain(NotFound.class, Status.NOT_FOUND),
            with(DefaultGraphReadOnly.class, Status.METHOD_NOT_ALLOWED, r -> allow(r.allowed())),
            with(ReplicaReadOnly.class, Status.METHOD_NOT_ALLOWED, r -> allow(r.allowed())),
            plain(NotStorable.class, UNPROCESSABLE),
            plain(WritesOff.class, Status.FORBIDDEN),
            // One header a challenge: some clients (Java's HttpClient) read only the first of a list.
            with(NoCredential.class, Status.UNAUTHORIZED,
                    r -> Map.of(HttpHeaders.WWW_AUTHENTICATE, r.schemes().stream().map(s -> s + REALM).toList())),
            plain(WrongCredential.class, Status.FORBIDDEN),
            with(Busy.class, Status.SERVICE_UNAVAILABLE,
                    r -> Map.of(HttpHeaders.RETRY_AFTER, List.of(Long.toString(r.retryAfter().toSeconds())))),
            plain(NotReady.class, Status.SERVICE_UNAVAILABLE),
            plain(TimedOut.class, Status.SERVICE_UNAVAILABLE),
            plain(Cancelled.class, Status.SERVICE_UNAVAILABLE));

    private RefusalAnswers() {}

    /** The response to {@code refusal}: its status and headers, no body yet. */
    static Response.ResponseBuilder answer(Refusal refusal) {
        Answer answer = ANSWERS.get(refusal.getClass());
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().apply(refusal).forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        return response;
    }

    /** The status code of {@code refusal}'s answer. */
    static int status(Refusal refusal) {
        return ANSWERS.get(refusal.getClass()).status().getStatusCode();
    }

    /** Whether {@code kind} of refusal has an answer here. */
    static boolean answers(Class<?> kind) {
        return ANSWERS.containsKey(kind);
    }

    /** The Allow header naming {@code methods}; empty when the resource takes none. */
    private static Map<String, List<String>> allow(List<String> methods) {
        return Map.of(HttpHeaders.ALLOW, List.of(String.join(", ", methods)));
    }

    private static Map.Entry<Class<? extends Refusal>, Answer> plain(Class<? extends Refusal> kind, Response.StatusType status) {
        return entry(kind, new Answer(status, refusal -> Map.of()));
    }

    private static <R extends Refusal> Map.Entry<Class<? extends Refusal>, Answer> with(Class<R> kind, Response.StatusType status,
            Function<R, Map<String, List<String>>> headers) {
        return entry(kind, new Answer(status, refusal -> headers.apply(kind.cast(refusal))));
    }
}
