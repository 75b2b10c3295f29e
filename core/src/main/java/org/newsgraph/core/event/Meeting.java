package org.newsgraph.core.event;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.entity.Agent;

/** A meeting, summit or talks: who took part and who chaired. */
public record Meeting(String key, List<Agent> attendees, List<Agent> chairs, Grounding grounding) implements Event {
    public Meeting {
        key = EventKeys.check(key);
        attendees = List.copyOf(attendees);
        chairs = List.copyOf(chairs);
        Objects.requireNonNull(grounding, "grounding");
        if (attendees.isEmpty() && chairs.isEmpty()) {
            throw new IllegalArgumentException("a meeting needs a participant");
        }
    }

    @Override
    public List<Agent> participants() {
        return EventKeys.union(attendees, chairs);
    }

    @Override
    public EventKind kind() {
        return EventKind.MEETING;
    }
}
