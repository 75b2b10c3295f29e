package org.newsgraph.core.store;

/** An update the store will not run, and nothing of which was applied: the message says why. */
public class UpdateRefused extends RuntimeException {
    public UpdateRefused(String message) {
        super(message);
    }
}
