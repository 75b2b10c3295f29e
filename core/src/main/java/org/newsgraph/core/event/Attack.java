package org.newsgraph.core.event;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.entity.Entity;

/** A strike, shelling or other attack: by whom, on whom or what. */
public record Attack(String key, List<Agent> attackers, List<Entity> targets, Grounding grounding) implements Event {
    public Attack {
        key = EventKeys.check(key);
        attackers = List.copyOf(attackers);
        targets = List.copyOf(targets);
        Objects.requireNonNull(grounding, "grounding");
        if (attackers.isEmpty() && targets.isEmpty()) {
            throw new IllegalArgumentException("an attack needs an attacker or a target");
        }
    }

    /** The attackers, and the targets that are agents: a place is hit, it does not act. */
    @Override
    public List<Agent> participants() {
        return EventKeys.union(attackers, targets.stream()
                .filter(Agent.class::isInstance).map(Agent.class::cast).toList());
    }

    @Override
    public EventKind kind() {
        return EventKind.ATTACK;
    }
}
