package org.newsgraph.sparql.guard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses form fields and URL parameters whose percent-encoding is broken or whose bytes are no
 * UTF-8, saying which field and where; Quarkus REST would answer the first with 500 and decode
 * the second to U+FFFD, which a query or update then stores.
 * <pre>
 *   POST /update  update=INSERT+DATA+%7B...%FF...%7D     400  The form field update= is not UTF-8: byte 17 of its value ...
 *   GET /sparql?query=ASK%7B%7D%E9                      400  The URL parameter query= is not UTF-8: byte 7 of its value ...
 * </pre>
 * {@link BodyReading} checks a form body once it has arrived; URL parameters are checked here,
 * before any resource reads them.
 */
@ApplicationScoped
class FormEncoding {
    /** After the body has been read, before the resources. */
    private static final int ORDER = BodyReading.ORDER + 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String query = context.request().query();
        // The request line comes as Latin-1 characters, one a byte: back to the bytes the client sent.
        Optional<String> malformed = query == null ? Optional.empty()
                : malformed(query.getBytes(StandardCharsets.ISO_8859_1), "URL parameter");
        if (malformed.isPresent()) {
            context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end(malformed.get() + "\n");
            return;
        }
        context.next();
    }

    /**
     * Why {@code encoded}, an {@code application/x-www-form-urlencoded} text, cannot be decoded
     * as UTF-8 fields: a {@code %} without two hex digits after it, or bytes that are no UTF-8.
     *
     * @param what what its fields are called, e.g. "form field"
     */
    static Optional<String> malformed(byte[] encoded, String what) {
        int start = 0;
        for (int i = 0; i <= encoded.length; i++) {
            if (i == encoded.length || encoded[i] == '&') {
                Optional<String> why = malformedField(encoded, start, i, what);
                if (why.isPresent()) {
                    return why;
                }
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> malformedField(byte[] encoded, int from, int to, String what) {
        int equals = from;
        while (equals < to && encoded[equals] != '=') {
            equals++;
        }
        String name = new String(encoded, from, equals - from, StandardCharsets.ISO_8859_1);
        String field = "The " + what + " " + (name.length() > 40 ? name.substring(0, 40) + "..." : name) + "=";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = encoded[i];
            if (b == '%') {
                int high = i + 2 < to ? Character.digit(encoded[i + 1], 16) : -1;
                int low = high >= 0 ? Character.digit(encoded[i + 2], 16) : -1;
                if (low < 0) {
                    return Optional.of(field + " has a % at character " + (i - from + 1) + " without two hex digits after it;"
                            + " percent-encode the fields (curl --data-urlencode)");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(b == '+' ? ' ' : b);
            }
        }
        ByteBuffer decoded = ByteBuffer.wrap(bytes.toByteArray());
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(decoded);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of(field + " is not UTF-8: byte " + (decoded.position() + 1) + " of the field, decoded,"
                    + " starts no UTF-8 character; send it in UTF-8, percent-encoded");
        }
    }
}
