package org.newsgraph.sparql.guard;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.sparql.ServiceConfig;

/**
 * Reads request bodies on the event loop, within {@code newsgraph.body-timeout} of their headers,
 * before a worker thread takes the request:
 * <pre>
 *   POST /data?graph=...  (Content-Length: 1000, 10 bytes sent, then silence)   408 after 60 s, connection closed
 * </pre>
 * Quarkus REST would otherwise read a body larger than its input buffer on a worker thread, in
 * blocking reads: a few hundred clients sending a byte a second held every worker, and queries
 * and health probes waited behind them. Here a slow body holds a connection and a buffer for at
 * most the timeout, never a thread; the resources get the body whole (REST reads a body the
 * routing context holds, forms and multipart bodies too); a form body whose percent-encoding is
 * broken or whose fields are no UTF-8 is 400 here ({@link FormEncoding}). HTTP/2 requests are
 * left to Quarkus under the same deadline (HTTP/2 is off by default: {@code quarkus.http.http2=false}).
 * A chunked body past {@code quarkus.http.limits.max-body-size} is 413.
 */
@ApplicationScoped
class BodyReading {
    /** After the body-size check, before anything reads the body. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final String PLAIN_TEXT = "text/plain; charset=utf-8";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Duration limit;
    private final long maxBytes;
    private final Vertx vertx;

    BodyReading(ServiceConfig config, Vertx vertx,
                @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.limit = config.bodyTimeout();
        this.maxBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::read);
    }

    private void read(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!WITH_BODY.contains(request.method()) || request.isEnded()) {
            context.next();
            return;
        }
        long timer = vertx.setTimer(Math.max(1, limit.toMillis()), fired -> expire(context));
        context.addEndHandler(ended -> vertx.cancelTimer(timer));
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        // Quarkus REST pauses an HTTP/2 request it gets, which fails once its body was read: those stay with it.
        if (request.version() == HttpVersion.HTTP_2) {
            context.next();
            return;
        }
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + chunk.length() > maxBytes) {
                refuse(context, 413, "The request body is larger than " + maxBytes
                        + " bytes; this service takes bodies of up to " + maxBytes + " bytes");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ended -> {
            if (context.response().ended()) {
                return;
            }
            Optional<String> malformed = type != null && type.strip().toLowerCase(Locale.ROOT).startsWith(FORM)
                    ? FormEncoding.malformed(body.getBytes(), "form field") : Optional.empty();
            if (malformed.isPresent()) {
                refuse(context, 400, malformed.get());
                return;
            }
            context.setBody(body);
            context.next();
        });
        request.exceptionHandler(context::fail);
    }

    private void expire(RoutingContext context) {
        if (context.request().isEnded() || context.response().ended()) {
            return;
        }
        if (context.response().headWritten()) {
            context.request().connection().close();
            return;
        }
        refuse(context, 408, "The request body did not arrive within " + limit.toSeconds() + " s of its headers;"
                + " send it at once");
    }

    /** Answers, and closes an HTTP/1 connection, whose unread body would otherwise be read to its end; HTTP/2 ends the stream only. */
    private static void refuse(RoutingContext context, int status, String message) {
        HttpServerResponse response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, PLAIN_TEXT);
        if (context.request().version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close").endHandler(ended -> context.request().connection().close());
        }
        response.end(message + "\n");
    }
}
