package org.newsgraph.core.log;

/** A message that cannot be used (garbled, of an unknown format, refused by the shapes); says why. */
public class MessageRefused extends RuntimeException {
    public MessageRefused(String message) {
        super(message);
    }

    public MessageRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
