package org.newsgraph.core.log;

/** The broker cannot be reached, or refused what the distributed mode needs of it; says which broker and why. */
public class LogUnavailable extends RuntimeException {
    public LogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
