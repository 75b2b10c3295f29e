package org.newsgraph.archfixture;

import java.net.http.HttpClient;

/** A class that uses HTTP, as core must not: {@code ArchitectureTest} shows the rule catches it. */
public final class CallsHttp {
    private CallsHttp() {}

    static HttpClient client() {
        return HttpClient.newHttpClient();
    }
}
