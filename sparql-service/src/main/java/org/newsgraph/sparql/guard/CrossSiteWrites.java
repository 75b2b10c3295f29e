package org.newsgraph.sparql.guard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.sparql.ServiceConfig;

/**
 * Refuses writes that a browser makes on behalf of another site, so that a page elsewhere cannot
 * use the HTTP Basic credentials a browser has cached (cross-site request forgery):
 * <pre>
 *   POST /update  Origin: https://evil.example                 403  Cross-site write refused: ...
 *   POST /update  Sec-Fetch-Site: cross-site (or same-site)    403
 *   POST /update  (curl: neither header)                       on to the credential check
 * </pre>
 * A state-changing request (any method but GET, HEAD and OPTIONS, on any route but the query
 * endpoint) passes when its Origin is the service's own or one of {@code newsgraph.write-origins};
 * without an Origin, when its browser says {@code Sec-Fetch-Site: same-origin} or {@code none}, or
 * says nothing (a client that is no browser). CORS ({@code quarkus.http.cors.origins}) governs reads only.
 */
@ApplicationScoped
class CrossSiteWrites {
    private static final int ORDER = BodyReading.ORDER - 2;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> BROWSER_SAYS_OWN = Set.of("same-origin", "none");
    /** Queries change nothing, so that pages on other sites may POST them as CORS allows. */
    private static final String QUERIES = "/sparql";

    private final List<String> allowed;

    CrossSiteWrites(ServiceConfig config) {
        this.allowed = config.writeOrigins().orElse(List.of()).stream().map(CrossSiteWrites::origin).toList();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<String> refusal = SAFE.contains(request.method()) || request.path().equals(QUERIES)
                ? Optional.empty() : refusal(request);
        if (refusal.isEmpty()) {
            context.next();
            return;
        }
        context.response().setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end("Cross-site write refused: " + refusal.get() + "; a site whose pages may write here must be"
                        + " listed in newsgraph.write-origins\n");
    }

    private Optional<String> refusal(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            String normalised = origin(origin);
            boolean own = normalised.equals(own(request));
            return own || allowed.contains(normalised) ? Optional.empty()
                    : Optional.of("the request comes from a page of " + origin);
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !BROWSER_SAYS_OWN.contains(site.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("the browser says the request is " + site + " and names no origin");
        }
        return Optional.empty();
    }

    /** The service's own origin, as the request reached it. */
    private static String own(HttpServerRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null && request.authority() != null) {
            host = request.authority().host() + (request.authority().port() > 0 ? ":" + request.authority().port() : "");
        }
        return host == null ? "" : origin(request.scheme() + "://" + host);
    }

    /** scheme://host[:port], lower case, without a default port; "null" (an opaque origin) or garbage is itself. */
    private static String origin(String value) {
        try {
            URI uri = URI.create(value.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return value.strip();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean usual = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return value.strip();
        }
    }
}
