package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their request bodies slowly, or not at all, over real sockets: they must not
 * hold the service's threads, nor one address more busy connections than its share, while a
 * client that keeps idle connections in its pool is never refused for them. The slow clients
 * come from other loopback addresses (127.0.0.2 and on) than the light queries (127.0.0.1).
 */
@QuarkusTest
@TestProfile(SlowClientsTest.ShortBodies.class)
@WithTestResource(TestStore.class)
class SlowClientsTest {
    private static final int BODY_SECONDS = 8;
    private static final int PER_ADDRESS = 8;

    /** Bodies must arrive within 8 s; an address has at most 8 connections with a request in flight. */
    public static class ShortBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Writable.with(Map.of("newsgraph.body-timeout", BODY_SECONDS + "s",
                    "newsgraph.client-connections", Integer.toString(PER_ADDRESS)));
        }
    }

    @TestHTTPResource("/")
    URI root;

    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeAll() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void lightQueriesAnswerWhileManySlowUploadsAreConnected() throws Exception {
        // 500 uploads, more than the service has worker threads, 5 an address: each under the per-address cap.
        for (int i = 0; i < 500; i++) {
            Socket socket = open("127.0.0." + (2 + i / 5));
            startUpload(socket, 100_000);
            socket.getOutputStream().write('<');
        }
        for (int i = 0; i < 10; i++) {
            String status = lightRequest("/sparql?query=ASK%7B%7D");
            assertTrue(status.contains(" 200 "), "a light query answers beside 500 slow uploads: " + status);
        }
        String status = lightRequest("/q/health/ready");
        assertTrue(status.contains(" 200 "), "the readiness probe answers beside 500 slow uploads: " + status);
    }

    /** The status line of a GET from 127.0.0.1 on a connection of its own, closed after. */
    private String lightRequest(String path) throws IOException {
        try (Socket socket = open("127.0.0.1")) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return statusLine(socket);
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsAnswered408AndClosed() throws Exception {
        Socket silent = open("127.0.0.200");
        startUpload(silent, 1_000);
        silent.setSoTimeout((BODY_SECONDS + 5) * 1000);
        long start = System.nanoTime();
        String status = statusLine(silent);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(status.contains(" 408 "), status);
        assertTrue(seconds <= BODY_SECONDS + 4, "answered after " + seconds + " s");
    }

    @Test
    void oneAddressHoldsNoMoreThanItsShareOfConnections() throws Exception {
        List<Socket> mine = new ArrayList<>();
        for (int i = 0; i < PER_ADDRESS * 3; i++) {
            Socket socket = open("127.0.0.201");
            startUpload(socket, 1_000);
            mine.add(socket);
        }
        int refused = 0;
        for (Socket socket : mine) {
            socket.setSoTimeout(1_000);
            try {
                String status = statusLine(socket);
                assertTrue(status.isEmpty() || status.contains(" 429 "), status);
                refused++;
            } catch (SocketTimeoutException stillWaiting) {
                // A connection within the share, waiting for its body.
            }
        }
        assertEquals(PER_ADDRESS * 2, refused, "connections beyond the share of " + PER_ADDRESS + " are refused");
    }

    @Test
    void aPoolOfIdleKeepAliveConnectionsIsNeverRefused() throws Exception {
        List<Socket> pool = new ArrayList<>();
        for (int i = 0; i < PER_ADDRESS * 3; i++) {
            Socket socket = open("127.0.0.202");
            socket.setSoTimeout(10_000);
            assertTrue(exchange(socket).contains(" 200 "), "connection " + (i + 1) + " of a pool, each idle after its answer");
            pool.add(socket);
        }
        for (Socket socket : pool) {
            assertTrue(exchange(socket).contains(" 200 "), "an idle connection of the pool, reused");
        }
    }

    /** Sends a light query on a kept-alive connection and reads its whole answer; its status line. */
    private static String exchange(Socket socket) throws IOException {
        socket.getOutputStream().write("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String status = statusLine(socket);
        int length = -1;
        boolean chunked = false;
        for (String header = statusLine(socket); !header.isEmpty(); header = statusLine(socket)) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring("content-length:".length()).strip());
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        InputStream in = socket.getInputStream();
        if (chunked) {
            for (int size = Integer.parseInt(statusLine(socket), 16); size > 0; size = Integer.parseInt(statusLine(socket), 16)) {
                in.readNBytes(size + 2);
            }
            for (String trailer = statusLine(socket); !trailer.isEmpty(); trailer = statusLine(socket)) {
                // Trailers, up to the empty line that ends the answer.
            }
        } else if (length > 0) {
            in.readNBytes(length);
        }
        return status;
    }

    private Socket open(String from) throws IOException {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", root.getPort()), 5_000);
        return socket;
    }

    /** Sends an update's headers, promising {@code length} bytes of body, and none of the body. */
    private static void startUpload(Socket socket, int length) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("POST /data?graph=http://example.org/graph/slow HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + Writable.BEARER + "\r\nContent-Type: application/n-triples\r\n"
                + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The response's status line; empty when the service closed the connection without one. */
    private static String statusLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        try {
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
        } catch (java.net.SocketException reset) {
            return "";
        }
        return line.toString().strip();
    }
}
