package org.newsgraph.ingest.pipeline;

import java.util.Objects;

/**
 * Something a stage noticed but got past: the post is still stored with what could be made of it.
 *
 * @param kind    a short, stable name to count warnings by, such as {@code long-post}
 * @param where   the page and line, or the post, it concerns
 * @param message what happened, for a person
 */
public record Warning(String kind, String where, String message) {
    public Warning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }
}
