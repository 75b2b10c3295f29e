package org.newsgraph.sparql;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/** The service with both write credentials configured: a bearer token and a Basic user. */
public class Writable implements QuarkusTestProfile {
    static final String TOKEN = "test-token-4f1c";
    static final String USER = "editor";
    static final String PASSWORD = "harbour-pw";
    static final String BEARER = "Bearer " + TOKEN;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsgraph.write-token", TOKEN, "newsgraph.write-user", USER, "newsgraph.write-password", PASSWORD);
    }

    /** The write credentials and {@code settings}, for profiles that need both. */
    static Map<String, String> with(Map<String, String> settings) {
        Map<String, String> config = new HashMap<>(new Writable().getConfigOverrides());
        config.putAll(settings);
        return config;
    }
}
