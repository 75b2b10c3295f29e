package org.newsgraph.sparql.ld;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.newsgraph.sparql.http.ErrorFormat;

/**
 * How the negotiated pages' errors are written: a short HTML "not found" page when the request
 * asks for HTML (a browser following a link to an unknown entity), plain text otherwise, and either saying
 * {@code Vary: Accept} like the pages themselves.
 */
@Dependent
class PageErrors {
    @Produces
    @Singleton
    ErrorFormat entities() {
        return new ErrorFormat("/id", PageErrors::write);
    }

    @Produces
    @Singleton
    ErrorFormat ontology() {
        return new ErrorFormat("/ontology", PageErrors::write);
    }

    @Produces
    @Singleton
    ErrorFormat voidDescription() {
        return new ErrorFormat("/.well-known/void", PageErrors::write);
    }

    private static Response.ResponseBuilder write(Response.ResponseBuilder response, String message, ErrorFormat.Failed request) {
        // The page says "Not found": other refusals (a store not ready yet) stay plain text.
        boolean html = request.notFound() && Representation.choose(request.headers().getHeaderString(HttpHeaders.ACCEPT),
                request.uri().getQueryParameters().getFirst("format")).filter(r -> r == Representation.HTML).isPresent();
        Response.ResponseBuilder varying = Pages.varying(response);
        return html ? varying.type(Representation.HTML.contentType()).entity(Templates.notFound(message).render())
                : ErrorFormat.plainText(varying, message);
    }
}
