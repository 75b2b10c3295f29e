package org.newsgraph.ingest.evaluate;

/** A gold file that cannot be used: not JSON, or without a field the scorer needs. The message names the file. */
public class GoldRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refusal of {@code source} for {@code reason}. */
    public GoldRefused(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
    }
}
