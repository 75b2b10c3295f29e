package org.newsgraph.core.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person, with the roles the text gives them ("Defence Secretary" of the United Kingdom). */
public record Person(String label, Set<String> aliases, List<Role> roles, Optional<String> sameAs) implements Agent {
    public Person {
        aliases = Aliases.of(label, aliases);
        roles = List.copyOf(roles);
        Objects.requireNonNull(sameAs, "sameAs");
    }

    public Person(String label) {
        this(label, Set.of(), List.of(), Optional.empty());
    }

    @Override
    public EntityKind kind() {
        return EntityKind.PERSON;
    }
}
