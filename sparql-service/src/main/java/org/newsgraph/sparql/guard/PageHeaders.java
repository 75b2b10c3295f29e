package org.newsgraph.sparql.guard;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every response: {@code X-Content-Type-Options: nosniff} and
 * {@code X-Frame-Options: DENY}, and on HTML pages a Content-Security-Policy that allows scripts
 * from the service only, never inline or from elsewhere, and no framing:
 * <pre>
 *   GET /id/person/ines-varga   Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-…'; ...
 * </pre>
 * The one inline script the pages run is the query page's import map, which Quarkus' generated
 * script inserts; it is allowed by its digest ({@link ImportMapDigest}), nothing else inline is.
 * Styles may be inline: the editor and the pictures set them from their scripts.
 */
@ApplicationScoped
class PageHeaders {
    private static final int ORDER = BodyReading.ORDER - 3;
    private static final String POLICY = "default-src 'self'; script-src 'self'%s; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: https: http:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final ImportMapDigest importMap;

    PageHeaders(ImportMapDigest importMap) {
        this.importMap = importMap;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext context) {
        context.addHeadersEndHandler(ended -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            String type = headers.get(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.startsWith("text/html")) {
                headers.set("Content-Security-Policy", POLICY.formatted(importMap.source()));
            }
        });
        importMap.whenKnown(context, context::next);
    }
}
