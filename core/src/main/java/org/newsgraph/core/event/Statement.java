package org.newsgraph.core.event;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.entity.Agent;

/** Words attributed to a speaker: direct quotes and reported speech. */
public record Statement(String key, List<Agent> speakers, List<String> quotes, Grounding grounding) implements Event {
    public Statement {
        key = EventKeys.check(key);
        speakers = EventKeys.atLeastOne(speakers, "speaker");
        quotes = EventKeys.atLeastOne(quotes, "quote");
        Objects.requireNonNull(grounding, "grounding");
    }

    @Override
    public List<Agent> participants() {
        return speakers;
    }

    @Override
    public EventKind kind() {
        return EventKind.STATEMENT;
    }
}
