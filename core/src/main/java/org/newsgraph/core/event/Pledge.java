package org.newsgraph.core.event;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.core.entity.Agent;

/**
 * A promise of money or support: who pledges, to whom, how much (one amount per currency the
 * text gives), what for and until when ({@link Year} or {@link LocalDate}).
 */
public record Pledge(String key, List<Agent> pledgers, List<Agent> recipients, List<MonetaryAmount> amounts,
                     Optional<String> purpose, Optional<Temporal> until, Grounding grounding) implements Event {
    public Pledge {
        key = EventKeys.check(key);
        pledgers = EventKeys.atLeastOne(pledgers, "pledger");
        recipients = List.copyOf(recipients);
        amounts = List.copyOf(amounts);
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(grounding, "grounding");
        until.ifPresent(t -> {
            if (!(t instanceof Year || t instanceof LocalDate)) {
                throw new IllegalArgumentException("a pledge runs until a year or a date: " + t);
            }
        });
    }

    @Override
    public List<Agent> participants() {
        return EventKeys.union(pledgers, recipients);
    }

    @Override
    public EventKind kind() {
        return EventKind.PLEDGE;
    }
}
