package org.newsgraph.core.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A city, region, building or facility. */
public record Place(String label, Set<String> aliases, Optional<String> sameAs) implements Locatable {
    public Place {
        aliases = Aliases.of(label, aliases);
        Objects.requireNonNull(sameAs, "sameAs");
    }

    public Place(String label) {
        this(label, Set.of(), Optional.empty());
    }

    @Override
    public EntityKind kind() {
        return EntityKind.PLACE;
    }
}
