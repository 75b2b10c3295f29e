package org.newsgraph.sparql.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every /sparql and /update request an id, so that a client's complaint and the service's
 * log lines can be matched: the id goes back in the {@code X-Query-Id} header, into the log MDC
 * as {@code queryId} (the console format shows it on every line the request logs), and into one
 * INFO line at the end of the request:
 * <pre>
 *   09:14:02,118 INFO  [o.n.s.QueryLog] (executor-thread-1) 3f9a0c1e GET /sparql SELECT 200 in 12 ms
 * </pre>
 * The operation's form (SELECT, ASK, CONSTRUCT, DESCRIBE, UPDATE) is put in the MDC as
 * {@code queryForm} by the service that parses it, and is "-" when parsing failed. Quarkus
 * keeps the MDC in the request's Vert.x context, so it follows the request across threads.
 */
public class QueryLog {
    public static final String HEADER = "X-Query-Id";
    public static final String ID = "queryId";
    public static final String FORM = "queryForm";
    private static final Logger LOG = Logger.getLogger(QueryLog.class);
    private static final Set<String> LOGGED = Set.of("sparql", "update");
    private static final String START = QueryLog.class.getName() + ".start";
    private static final SecureRandom RANDOM = new SecureRandom();

    @ServerRequestFilter
    public void start(ContainerRequestContext request) {
        if (!logged(request)) {
            return;
        }
        MDC.put(ID, HexFormat.of().toHexDigits(RANDOM.nextInt()));
        MDC.remove(FORM);
        request.setProperty(START, System.nanoTime());
    }

    @ServerResponseFilter
    public void end(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(START) instanceof Long start)) {
            return;
        }
        Object id = MDC.get(ID);
        response.getHeaders().putSingle(HEADER, id);
        Object form = MDC.get(FORM);
        // The id is not in the message: the console format prints it from the MDC, as on every line of the request.
        LOG.infof("%s %s %s %d in %d ms", request.getMethod(), request.getUriInfo().getPath(),
                form == null ? "-" : form, response.getStatus(), (System.nanoTime() - start) / 1_000_000);
        MDC.remove(ID);
        MDC.remove(FORM);
    }

    private static boolean logged(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return LOGGED.contains(path.startsWith("/") ? path.substring(1) : path);
    }
}
