package org.newsgraph.sparql.http;

import java.io.IOException;

/** The client went away, or stopped reading, before the whole result was sent. */
public final class ClientGone extends IOException {
    public ClientGone(String message, Throwable cause) {
        super(message, cause);
    }
}
