package org.newsgraph.core.store;

/** A bulk load that was refused whole: the message names the file, the line and why. */
public class LoadRefused extends RuntimeException {
    public LoadRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
