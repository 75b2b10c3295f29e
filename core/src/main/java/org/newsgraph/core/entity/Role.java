package org.newsgraph.core.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * A position held: a title and the organisation or country it belongs to.
 * The same title of the same agent is one role, whoever holds it.
 */
public record Role(String title, Optional<Agent> of) {
    public Role {
        Objects.requireNonNull(of, "of");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a role needs a title");
        }
    }

    public Role(String title, Agent of) {
        this(title, Optional.of(of));
    }
}
