package org.newsgraph.sparql.guard;

import io.netty.channel.Channel;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.sparql.ServiceConfig;

/**
 * Caps the connections one client address holds at {@code newsgraph.client-connections}: the
 * first request of one connection more is answered with 429 and the connection closed.
 * <pre>
 *   (129th connection from 203.0.113.7)   429  203.0.113.7 holds 128 connections already, the most one address may
 * </pre>
 * A connection counts from its first request until it closes; one that never completes its
 * headers is left to {@code quarkus.http.idle-timeout}. Behind a reverse proxy, enable
 * {@code quarkus.http.proxy.proxy-address-forwarding} so that clients are counted by their own addresses.
 */
@ApplicationScoped
class ConnectionShare {
    /** Before the body deadline, so that a refused connection starts no timer. */
    private static final int ORDER = BodyReading.ORDER - 1;

    private final int share;
    private final Map<String, Integer> held = new ConcurrentHashMap<>();
    /** The connections counted, so that each counts once however many requests it carries. */
    private final Map<HttpConnection, String> counted = new ConcurrentHashMap<>();

    ConnectionShare(ServiceConfig config) {
        this.share = config.clientConnections();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::admit);
    }

    private void admit(RoutingContext request) {
        HttpConnection connection = request.request().connection();
        if (connection.remoteAddress() == null || counted.containsKey(connection)) {
            request.next();
            return;
        }
        String address = request.request().remoteAddress().host();
        counted.put(connection, address);
        // Vert.x lets a connection have one close handler, which Quarkus may use: listen on the channel instead.
        Channel channel = ((ConnectionBase) connection).channel();
        channel.closeFuture().addListener(closed -> release(connection));
        if (held.merge(address, 1, Integer::sum) > share) {
            request.response().setStatusCode(429)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader("Retry-After", "2")
                    .endHandler(ended -> connection.close())
                    .end(address + " holds " + share + " connections already, the most one address may;"
                            + " close one, or reuse it\n");
            return;
        }
        request.next();
    }

    private void release(HttpConnection connection) {
        String address = counted.remove(connection);
        if (address != null) {
            held.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
        }
    }
}
