package org.newsgraph.core.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.core.entity.Agent;

/**
 * A claim by one agent that another did wrong. {@code verified} is false where the source
 * says it cannot verify the claim.
 */
public record Accusation(String key, List<Agent> accusers, List<Agent> accused, Optional<String> allegation,
                         boolean verified, Grounding grounding) implements Event {
    public Accusation {
        key = EventKeys.check(key);
        accusers = EventKeys.atLeastOne(accusers, "accuser");
        accused = EventKeys.atLeastOne(accused, "accused");
        Objects.requireNonNull(allegation, "allegation");
        Objects.requireNonNull(grounding, "grounding");
    }

    @Override
    public List<Agent> participants() {
        return EventKeys.union(accusers, accused);
    }

    @Override
    public EventKind kind() {
        return EventKind.ACCUSATION;
    }
}
