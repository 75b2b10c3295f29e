package org.newsgraph.sparql.search;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.http.ErrorFormat;
import org.newsgraph.sparql.ld.Links;

/**
 * How the search's errors are written: the search page with the problem shown under the box when
 * the request asks for HTML, plain text otherwise; either says {@code Vary: Accept}.
 */
@Dependent
class SearchErrors {
    @Produces
    @Singleton
    ErrorFormat search(ServiceConfig config) {
        return new ErrorFormat("/search", (response, message, request) -> {
            MultivaluedMap<String, String> parameters = request.uri().getQueryParameters();
            if (SearchResource.wantsHtml(parameters.getFirst("format"), request.headers().getHeaderString(HttpHeaders.ACCEPT))) {
                String words = parameters.getFirst("q") == null ? "" : parameters.getFirst("q").strip();
                return SearchResource.page(response, words, List.of(), message, Links.of(config.base(), request.uri().getBaseUri()));
            }
            return ErrorFormat.plainText(response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT), message);
        });
    }
}
