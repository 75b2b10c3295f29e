package org.newsgraph.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live pages fetched over HTTP(S) with {@link HttpClient}: redirects followed (never from https
 * to http), a User-Agent that names newsgraph, a timeout to connect and one for the whole answer,
 * and the Content-Type kept so that it can help tell the page's format. The body is decoded in
 * the charset the Content-Type names, else UTF-8, strictly, as {@link LivePageFiles} does.
 * <pre>
 * PageSource page = WebPages.standard().fetch(URI.create("https://example.org/live/summit"), ReadOptions.none());
 * </pre>
 * A page that cannot be had is refused with the URL and why: the HTTP status, a timeout, a
 * refused connection, a body larger than {@link #MAX_BYTES}. One instance may fetch from many threads.
 */
public final class WebPages {
    /** Who is asking, as servers log it. */
    public static final String USER_AGENT = "newsgraph/0.1 (live-page reader; java.net.http)";
    /** Live pages are megabytes at most; anything much larger is not one. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final String ACCEPT = "application/ld+json, text/html;q=0.9, application/xhtml+xml;q=0.9,"
            + " application/rss+xml;q=0.9, application/atom+xml;q=0.9, application/xml;q=0.8, text/plain;q=0.8, */*;q=0.5";
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset=\"?([^\";\\s]+)");

    private final HttpClient client;
    private final Duration timeout;

    private WebPages(Duration connect, Duration timeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
    }

    /** 10 seconds to connect, 30 for the whole answer. */
    public static WebPages standard() {
        return within(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** Pages fetched with these timeouts. */
    public static WebPages within(Duration connect, Duration answer) {
        return new WebPages(connect, answer);
    }

    /** Whether a command-line argument names a web page rather than a file. */
    public static boolean isWebAddress(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * The page at the URL. Its name in messages is the URL as given; its address is where the
     * redirects ended.
     *
     * @throws PageRefused when the page cannot be fetched or decoded, saying why
     */
    public PageSource fetch(URI url, ReadOptions options) {
        String name = url.toString();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("User-Agent", USER_AGENT).header("Accept", ACCEPT).GET().build();
        } catch (IllegalArgumentException e) {
            throw new PageRefused(name, "not a URL that can be fetched: " + e.getMessage());
        }
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (HttpConnectTimeoutException e) {
            throw new PageRefused(name, "could not connect within " + seconds(client.connectTimeout().orElseThrow()));
        } catch (HttpTimeoutException e) {
            throw new PageRefused(name, "no answer within " + seconds(timeout));
        } catch (ConnectException e) {
            throw new PageRefused(name, "could not connect to " + url.getHost()
                    + (url.getPort() < 0 ? "" : ":" + url.getPort()) + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new PageRefused(name, "cannot be fetched (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageRefused(name, "the fetch was interrupted");
        }
        int status = response.statusCode();
        if (status != 200) {
            throw new PageRefused(name, "the server answered HTTP " + status + status(status)
                    + (response.uri().equals(url) ? "" : " at " + response.uri()));
        }
        if (body.length > MAX_BYTES) {
            throw new PageRefused(name, "larger than " + MAX_BYTES / (1024 * 1024) + " MB: not a live page");
        }
        Optional<String> mediaType = response.headers().firstValue("Content-Type");
        String text = LivePageFiles.decode(name, body, charset(name, mediaType));
        return new PageSource(name, text, options, mediaType, Optional.of(response.uri().toString()));
    }

    private static Charset charset(String name, Optional<String> mediaType) {
        Matcher m = CHARSET.matcher(mediaType.orElse(""));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PageRefused(name, "the Content-Type names a charset Java does not know: " + m.group(1));
        }
    }

    private static String status(int status) {
        return switch (status) {
            case 401, 403 -> " (not allowed)";
            case 404 -> " (not found)";
            case 410 -> " (gone)";
            case 429 -> " (too many requests: read less often)";
            default -> status >= 500 ? " (a server error)" : status >= 300 && status < 400 ? " (a redirect not followed)" : "";
        };
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
