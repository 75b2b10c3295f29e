package org.newsgraph.ingest.read;

import java.util.Objects;

/**
 * A post left out of a page's result.
 *
 * @param line    the line of the page where the trouble is (1-based)
 * @param message why the post was left out
 */
public record ReadProblem(int line, String message) {
    public ReadProblem {
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("lines start at 1: " + line);
        }
    }

    /** The problem as one message naming the page, such as {@code live.txt: line 12: ...}. */
    public String describe(String source) {
        return PageRefused.at(source, line, message);
    }
}
