package org.newsgraph.sparql.explore;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Refuses an exploration request whose {@code limit} or {@code maxLength} is no whole number with
 * 400 and {@code {"error": "..."}}, before the resources see it:
 * <pre>
 *   GET /api/explore/neighbours?entity=...&amp;limit=abc   400  {"error": "limit must be a whole number, not abc"}
 * </pre>
 * JAX-RS answers a query parameter it cannot convert with 404, as if the route were missing;
 * {@link Limits} then checks the range of a number. The pages get the same message as plain text.
 */
@ApplicationScoped
class WholeNumbers {
    private static final List<String> NUMBERS = List.of("limit", "maxLength");

    void install(@Observes Router router) {
        router.route("/api/explore/*").handler(context -> check(context, true));
        router.route("/explore/*").handler(context -> check(context, false));
    }

    private static void check(RoutingContext context, boolean json) {
        for (String name : NUMBERS) {
            for (String value : context.queryParam(name)) {
                if (!value.strip().matches("[+-]?\\d{1,9}")) {
                    String message = name + " must be a whole number, not " + value;
                    context.response().setStatusCode(400)
                            .putHeader(HttpHeaders.CONTENT_TYPE, json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8")
                            .end(json ? new JsonObject().put("error", message).encode() : message + "\n");
                    return;
                }
            }
        }
        context.next();
    }
}
