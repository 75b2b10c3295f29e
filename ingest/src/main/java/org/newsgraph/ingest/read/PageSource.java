package org.newsgraph.ingest.read;

import java.util.Objects;

/**
 * A live page to read: its text, a name for messages (usually the file name) and the
 * reader's options.
 */
public record PageSource(String name, String text, ReadOptions options) {
    public PageSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
    }

    /** A page read without options. */
    public static PageSource of(String name, String text) {
        return new PageSource(name, text, ReadOptions.none());
    }
}
