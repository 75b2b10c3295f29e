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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.sparql.ServiceConfig;

/**
 * Caps the connections one client address holds busy at {@code newsgraph.client-connections}: a
 * request that would make one connection more of that address busy is answered with 429 and its
 * connection closed.
 * <pre>
 *   (129th connection from 203.0.113.7 with a request in flight)   429  203.0.113.7 has 128 requests in flight already, ...
 * </pre>
 * A connection is busy from the moment its request's headers are in until its response has been
 * sent (or the connection closed): slow uploads count for their whole length, while the idle
 * keep-alive connections of a client's pool count for nothing, so a well-behaved client is never
 * refused for the connections it keeps for later (idle ones are closed after
 * {@code quarkus.http.idle-timeout}). A connection that never completes its headers is left to
 * that timeout too. Behind a reverse proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding}
 * so that clients are counted by their own addresses.
 */
@ApplicationScoped
class ConnectionShare {
    /** Before the body deadline, so that a refused connection starts no timer. */
    private static final int ORDER = BodyReading.ORDER - 1;

    private final int share;
    /** The busy connections of each address. */
    private final Map<String, Integer> held = new ConcurrentHashMap<>();
    /** The busy connections, each with its address: each counts once, however many requests it carries. */
    private final Map<HttpConnection, String> busy = new ConcurrentHashMap<>();
    /** The connections whose closing is watched, so that one closed mid-request is let go of. */
    private final Set<HttpConnection> watched = ConcurrentHashMap.newKeySet();

    ConnectionShare(ServiceConfig config) {
        this.share = config.clientConnections();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::admit);
    }

    private void admit(RoutingContext request) {
        HttpConnection connection = request.request().connection();
        if (connection.remoteAddress() == null || busy.containsKey(connection)) {
            request.next();
            return;
        }
        String address = request.request().remoteAddress().host();
        busy.put(connection, address);
        if (watched.add(connection)) {
            // Vert.x lets a connection have one close handler, which Quarkus may use: listen on the channel instead.
            Channel channel = ((ConnectionBase) connection).channel();
            channel.closeFuture().addListener(closed -> {
                watched.remove(connection);
                release(connection);
            });
        }
        request.addEndHandler(ended -> release(connection));
        int now = held.merge(address, 1, Integer::sum);
        if (now > share) {
            request.response().setStatusCode(429)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader("Retry-After", "2")
                    .end(address + " has " + share + " requests in flight already, the most one address may;"
                            + " wait for one to finish, or send fewer at once\n")
                    .onComplete(sent -> connection.close());
            return;
        }
        request.next();
    }

    private void release(HttpConnection connection) {
        String address = busy.remove(connection);
        if (address != null) {
            held.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
        }
    }
}
