package org.newsgraph.core.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An organisation: a ministry, an alliance, a company, a newsroom. */
public record Organisation(String label, Set<String> aliases, Optional<String> sameAs) implements Agent {
    public Organisation {
        aliases = Aliases.of(label, aliases);
        Objects.requireNonNull(sameAs, "sameAs");
    }

    public Organisation(String label) {
        this(label, Set.of(), Optional.empty());
    }

    @Override
    public EntityKind kind() {
        return EntityKind.ORGANISATION;
    }
}
