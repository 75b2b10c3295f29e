package org.newsgraph.ingest.extract.event;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.iri.Slugs;
import org.newsgraph.ingest.extract.entity.StoryEntity;

/** The parts event keys are made of: an entity's slug and a day, so that keys do not depend on wording. */
final class Keys {
    private Keys() {}

    /** The slug of an entity's label, or "x" when there is none. */
    static String slug(StoryEntity e) {
        return e == null ? "x" : Slugs.of(e.label());
    }

    /** "-2025-04-11", or "" when the day is not known. */
    static String day(LocalDate d) {
        return d == null ? "" : "-" + d;
    }

    /** The first day any report of a group gives, or null. */
    static LocalDate time(List<EventCandidate> group) {
        for (EventCandidate x : group) {
            if (x.time != null) {
                return x.time;
            }
        }
        return null;
    }
}
