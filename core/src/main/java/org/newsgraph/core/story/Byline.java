package org.newsgraph.core.story;

import java.util.Objects;
import java.util.Optional;

/**
 * The author of a post as the page prints it: a name, then often a line with their role
 * ("Defence correspondent, reporting from Brussels").
 */
public record Byline(String name, Optional<String> roleLine) {
    public Byline {
        Objects.requireNonNull(roleLine, "roleLine");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a byline needs a name");
        }
    }
}
