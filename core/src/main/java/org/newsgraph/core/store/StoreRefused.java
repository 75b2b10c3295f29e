package org.newsgraph.core.store;

/** A store that cannot be opened as asked: the message says which folder and why. */
public class StoreRefused extends RuntimeException {
    public StoreRefused(String message) {
        super(message);
    }

    public StoreRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
