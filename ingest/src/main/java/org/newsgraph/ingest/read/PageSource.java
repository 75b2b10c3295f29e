package org.newsgraph.ingest.read;

import java.util.Objects;
import java.util.Optional;

/**
 * A live page to read: its text, a name for messages (the file name, or the URL it was fetched
 * from), the reader's options, and what its origin says about it.
 *
 * @param mediaType the Content-Type the page was served with ({@code text/html}), when fetched
 * @param address   the URL the page was fetched from, after redirects, when fetched
 */
public record PageSource(String name, String text, ReadOptions options, Optional<String> mediaType,
                         Optional<String> address) {
    public PageSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(address, "address");
    }

    /** A page read from a file, or given as text. */
    public PageSource(String name, String text, ReadOptions options) {
        this(name, text, options, Optional.empty(), Optional.empty());
    }

    /** A page read without options. */
    public static PageSource of(String name, String text) {
        return new PageSource(name, text, ReadOptions.none());
    }
}
