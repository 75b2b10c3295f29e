package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.entity.Country;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.entity.Organisation;
import org.newsgraph.core.entity.Person;
import org.newsgraph.core.entity.Place;
import org.newsgraph.core.entity.Role;

/** An entity of one story while it is being resolved: its kind, names and roles; mutable. */
public final class StoryEntity {
    /** A title held, and the entity it is held in. */
    public record RoleOf(String title, StoryEntity of) {}

    final EntityKind kind;
    String label;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<RoleOf> roles = new ArrayList<>();
    /** For a place: the country it lies in, when the text says. For a person: the country they act for. */
    StoryEntity country;
    /** Whether the story names it itself (not only through a demonym or a capital). */
    boolean named;
    int mentions;

    StoryEntity(EntityKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public EntityKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public Set<String> aliases() {
        return aliases;
    }

    public List<RoleOf> roles() {
        return roles;
    }

    /** The country of a place or a person, when known. */
    public Optional<StoryEntity> country() {
        return Optional.ofNullable(country);
    }

    public boolean isAgent() {
        return kind != EntityKind.PLACE;
    }

    void alias(String name) {
        String n = name.strip().replace('\u00A0', ' ').replaceAll("\\s+", " ");
        if (!n.isEmpty() && !n.equals(label)) {
            aliases.add(n);
        }
    }

    /** The core record; the same StoryEntity always gives an equal record. */
    public Entity toEntity() {
        return toEntity(true);
    }

    private Entity toEntity(boolean withRoles) {
        Set<String> names = new LinkedHashSet<>(aliases);
        names.remove(label);
        return switch (kind) {
            case PERSON -> new Person(label, names, withRoles ? roles() .stream()
                    .map(r -> new Role(r.title(), r.of() == null || !r.of().isAgent() ? Optional.<Agent>empty()
                            : Optional.of((Agent) r.of().toEntity(false))))
                    .distinct().toList() : List.of(), Optional.empty());
            case ORGANISATION -> new Organisation(label, names, Optional.empty());
            case COUNTRY -> new Country(label, names, Optional.empty());
            case PLACE -> new Place(label, names, Optional.empty());
        };
    }

    /** As an agent, or empty for a place. */
    public Optional<Agent> toAgent() {
        return isAgent() ? Optional.of((Agent) toEntity()) : Optional.empty();
    }

    @Override
    public String toString() {
        return kind + ":" + label;
    }

    static Map<String, StoryEntity> index() {
        return new LinkedHashMap<>();
    }
}
