package org.newsgraph.ingest.extract.event;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.core.event.EventKind;

/**
 * The rule of each event kind, in the order {@link EventFinder} asks them (statements last, as a
 * remark that only restates a pledge or elaborates an accusation of its sentence is not one).
 * <pre>
 *   EventRule visits = EventRules.standard().rule(EventKind.VISIT);
 * </pre>
 */
final class EventRules {
    private static final EventRules STANDARD = new EventRules(new MeetingRule(), new PledgeRule(), new AccusationRule(),
            new StatementRule(), new VisitRule(), new AttackRule());

    private final Map<EventKind, EventRule> byKind = new EnumMap<>(EventKind.class);

    private EventRules(EventRule... rules) {
        for (EventRule rule : rules) {
            if (byKind.put(rule.kind(), rule) != null) {
                throw new IllegalArgumentException("two rules for " + rule.kind());
            }
        }
        if (byKind.size() != EventKind.values().length) {
            throw new IllegalArgumentException("a rule for every kind of event is needed: " + byKind.keySet());
        }
    }

    /** The six rules newsgraph reads events with. */
    static EventRules standard() {
        return STANDARD;
    }

    /** The rule of {@code kind}. */
    EventRule rule(EventKind kind) {
        return byKind.get(kind);
    }

    /** Every rule, in the order of {@link EventKind}. */
    Collection<EventRule> all() {
        return byKind.values();
    }
}
