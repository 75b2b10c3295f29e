package org.newsgraph.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Raw HTTP requests as the W3C protocol tests write them: method, path with its query string,
 * and exactly the headers given (rest-assured would add a Content-Type of its own).
 */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {}

    /**
     * Sends a request; {@code headers} are name, value pairs; a null body sends none.
     */
    static HttpResponse<byte[]> send(URI root, String method, String pathAndQuery, String body, Charset charset,
                                     String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(charset)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> send(URI root, String method, String pathAndQuery, String body, String... headers) {
        return send(root, method, pathAndQuery, body, StandardCharsets.UTF_8, headers);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
