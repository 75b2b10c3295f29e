package org.newsgraph.core.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.core.entity.Locatable;

/**
 * What every event has besides its actors: the text that grounds it, how sure the extraction
 * is, and when and where it happened where the text says.
 *
 * @param evidence   at least one mention in the post that reports the event
 * @param confidence in [0, 1]
 * @param time       a {@link LocalDate} or an {@link OffsetDateTime}
 * @param location   where it took place
 */
public record Grounding(List<Mention> evidence, double confidence, Optional<Temporal> time,
                        Optional<Locatable> location) {
    public Grounding {
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(location, "location");
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an event needs evidence");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence is in [0, 1]: " + confidence);
        }
        time.ifPresent(t -> {
            if (!(t instanceof LocalDate || t instanceof OffsetDateTime)) {
                throw new IllegalArgumentException("an event's time is a date or a date-time: " + t);
            }
        });
    }

    /** Grounding by one mention, with no time or place. */
    public static Grounding of(Mention evidence, double confidence) {
        return new Grounding(List.of(evidence), confidence, Optional.empty(), Optional.empty());
    }
}
