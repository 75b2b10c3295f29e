package org.newsgraph.sparql.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.sparql.ServiceConfig;
import org.newsgraph.sparql.refusal.NoCredential;
import org.newsgraph.sparql.refusal.WritesOff;
import org.newsgraph.sparql.refusal.WrongCredential;

/**
 * Who may write: a client with the configured bearer token or HTTP Basic user and password.
 * <pre>
 *   writes.check(headers.getHeaderString(HttpHeaders.AUTHORIZATION));   // throws 401 or 403, else returns
 * </pre>
 * Without an Authorization header: 401 with a WWW-Authenticate challenge for each configured
 * scheme. With a wrong credential: 403. With no credential configured, writes are off: 403
 * saying so, whatever the client sends. Credentials are compared by their SHA-256 digests with
 * {@link MessageDigest#isEqual}, in time that does not depend on where they differ or on their lengths.
 */
@ApplicationScoped
public class WriteAccess {

    private final Optional<byte[]> token;
    private final Optional<byte[]> basic;

    WriteAccess(ServiceConfig config) {
        this.token = config.writeToken().filter(t -> !t.isEmpty()).map(WriteAccess::digest);
        this.basic = config.writeUser().flatMap(user -> config.writePassword().map(password -> user + ":" + password))
                .map(WriteAccess::digest);
    }

    /** Returns when {@code authorization} carries a configured credential; throws the refusal otherwise. */
    public void check(String authorization) {
        if (token.isEmpty() && basic.isEmpty()) {
            throw new WritesOff("Writes are off: this service takes none until"
                    + " newsgraph.write-token, or newsgraph.write-user and newsgraph.write-password, are configured");
        }
        if (authorization == null || authorization.isBlank()) {
            throw new NoCredential("Writes need a credential: " + String.join(" or ", schemes())
                    + " in the Authorization header", schemes());
        }
        if (!grants(authorization)) {
            // Only a scheme this service knows is named back: anything else may be the secret itself.
            String scheme = scheme(authorization);
            throw new WrongCredential("Wrong credential: this " + (schemes().stream()
                    .anyMatch(scheme::equalsIgnoreCase) ? scheme + " credential" : "Authorization header") + " may not write here");
        }
    }

    /**
     * Whether {@code authorization} (null when absent) carries a configured credential; false
     * when none is configured. Reads use it to lift the anonymous limits for trusted clients.
     */
    public boolean grants(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return false;
        }
        String scheme = scheme(authorization);
        int space = authorization.indexOf(' ');
        String credential = space < 0 ? "" : authorization.substring(space + 1).strip();
        Optional<byte[]> expected = switch (scheme.toLowerCase(Locale.ROOT)) {
            case "bearer" -> token;
            case "basic" -> basic;
            default -> Optional.empty();
        };
        byte[] offered = digest(scheme.equalsIgnoreCase("basic") ? decodeBasic(credential) : credential);
        // Compare even when the scheme is not configured, so that the time taken tells nothing.
        boolean matches = MessageDigest.isEqual(expected.orElseGet(() -> new byte[offered.length]), offered);
        return expected.isPresent() && matches;
    }

    private static String scheme(String authorization) {
        int space = authorization.indexOf(' ');
        return space < 0 ? authorization : authorization.substring(0, space);
    }

    private List<String> schemes() {
        List<String> schemes = new ArrayList<>();
        token.ifPresent(t -> schemes.add("Bearer"));
        basic.ifPresent(b -> schemes.add("Basic"));
        return schemes;
    }

    private static String decodeBasic(String credential) {
        try {
            return new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
