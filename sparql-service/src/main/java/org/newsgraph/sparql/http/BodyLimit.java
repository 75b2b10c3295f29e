package org.newsgraph.sparql.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;
import org.apache.jena.riot.WebContent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose Content-Length exceeds quarkus.http.limits.max-body-size, on any
 * route, with 413 and a message that gives the limit:
 * <pre>
 *   POST /update  (Content-Length: 20000)   413  The request body is 20000 bytes; this service takes bodies of up to 16384 bytes
 * </pre>
 * Quarkus makes the same check a step later, but answers with an empty body. The connection is
 * closed after the answer, as Quarkus does, rather than reading a body no one wants.
 */
@ApplicationScoped
class BodyLimit {
    /** Just before Quarkus's own check. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private final Optional<MemorySize> maxBodySize;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(ORDER).handler(request -> check(request, limit.asLongValue())));
    }

    private static void check(RoutingContext request, long limit) {
        long length = declaredLength(request);
        if (length <= limit) {
            request.next();
            return;
        }
        request.response().setStatusCode(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, WebContent.contentTypeTextPlain + "; charset=" + WebContent.charsetUTF8)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> request.request().connection().close())
                .end("The request body is " + length + " bytes; this service takes bodies of up to " + limit + " bytes\n");
    }

    /** The Content-Length, or -1 when there is none (Quarkus counts a chunked body as it reads it) or it is malformed. */
    private static long declaredLength(RoutingContext request) {
        String length = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
