package org.newsgraph.core.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A country: an agent where it acts (pledges, accuses) and a place where things happen. */
public record Country(String label, Set<String> aliases, Optional<String> sameAs) implements Agent, Locatable {
    public Country {
        aliases = Aliases.of(label, aliases);
        Objects.requireNonNull(sameAs, "sameAs");
    }

    public Country(String label) {
        this(label, Set.of(), Optional.empty());
    }

    @Override
    public EntityKind kind() {
        return EntityKind.COUNTRY;
    }
}
