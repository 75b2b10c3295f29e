package org.newsgraph.sparql.http;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.jboss.logging.Logger;
import org.newsgraph.core.store.UpdateRefused;
import org.newsgraph.sparql.refusal.Cancelled;
import org.newsgraph.sparql.refusal.MalformedRequest;
import org.newsgraph.sparql.refusal.Refusal;

/**
 * The exceptions of Jena, of core and of the request's reading that are the client's doing, each
 * translated into the {@link Refusal} it amounts to, so that {@link RefusalAnswers} answers them
 * all. A table, tried in order (the first kind the exception is an instance of wins):
 * <pre>
 *   QueryParseException "Encountered ..."  -&gt;  MalformedRequest "Malformed query: Encountered ..."
 * </pre>
 */
final class ForeignFailures {
    private static final Logger LOG = Logger.getLogger(ForeignFailures.class);

    /** A kind of exception and the refusal it amounts to. */
    private record Translation(Class<? extends Exception> kind, Function<Exception, Refusal> refusal) {}

    private static final List<Translation> TRANSLATIONS = List.of(
            // Before IOException, which it is: a client that left, not a body that could not be read.
            new Translation(ClientGone.class, e -> {
                LOG.debugf("Result not sent whole: %s", e.getMessage());
                return new Cancelled(e.getMessage());
            }),
            new Translation(UpdateRefused.class, e -> new MalformedRequest("Update refused, nothing changed: " + e.getMessage())),
            new Translation(QueryParseException.class, e -> new MalformedRequest("Malformed query: " + e.getMessage())),
            // Jena denies SERVICE only; its message tells how to enable it, which a client cannot.
            new Translation(QueryDeniedException.class,
                    e -> new MalformedRequest("SERVICE is disabled here: this endpoint does not query other endpoints")),
            // Only reading the request throws this far (results are written by ResultPipe): a body
            // cut short, or a multipart body that is no multipart.
            new Translation(IOException.class, e -> new MalformedRequest("The request body could not be read: " + e.getMessage())));

    private ForeignFailures() {}

    /** The refusal {@code failure} is or amounts to; empty when it is none of the client's doing. */
    static Optional<Refusal> refusal(Exception failure) {
        if (failure instanceof Refusal refusal) {
            return Optional.of(refusal);
        }
        return TRANSLATIONS.stream().filter(t -> t.kind().isInstance(failure)).findFirst()
                .map(t -> t.refusal().apply(failure));
    }
}
