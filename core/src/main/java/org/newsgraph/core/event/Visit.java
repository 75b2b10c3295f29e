package org.newsgraph.core.event;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.entity.Locatable;

/** An agent's travel to a place or a country. */
public record Visit(String key, List<Agent> visitors, List<Locatable> destinations, Grounding grounding) implements Event {
    public Visit {
        key = EventKeys.check(key);
        visitors = EventKeys.atLeastOne(visitors, "visitor");
        destinations = EventKeys.atLeastOne(destinations, "destination");
        Objects.requireNonNull(grounding, "grounding");
    }

    @Override
    public List<Agent> participants() {
        return visitors;
    }

    @Override
    public EventKind kind() {
        return EventKind.VISIT;
    }
}
