package org.newsgraph.sparql.guard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

/**
 * Refuses a request whose Content-Type is no media type with 415 and the reason, before Quarkus
 * REST, which fails on it with an IllegalArgumentException (a 500):
 * <pre>
 *   POST /sparql  Content-Type: ;;;===   415  The Content-Type ";;;===" is no media type: ...
 * </pre>
 */
@ApplicationScoped
class MediaTypeCheck {
    private static final int ORDER = BodyReading.ORDER - 4;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null) {
            try {
                MediaType.valueOf(type);
            } catch (IllegalArgumentException e) {
                context.response().setStatusCode(415).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                        .end("The Content-Type \"" + type + "\" is no media type: " + e.getMessage()
                                + "; send e.g. application/sparql-query\n");
                return;
            }
        }
        context.next();
    }
}
