package org.newsgraph.ingest.extract.event;

import java.util.List;
import java.util.Optional;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.event.EventKind;

/**
 * How one kind of event is read from text: which sentences report it and with what arguments,
 * when two reports are the same real-world event, the key its IRI is made from, and the event a
 * post's reports of it make. {@link EventRules} holds one rule per kind; {@link EventFinder} asks
 * each rule about each sentence, {@link EventMerger} groups the candidates with the rules'
 * {@link #same} and builds them with {@link #key} and {@link #build}.
 * <pre>
 *   EventRule pledges = EventRules.standard().rule(EventKind.PLEDGE);
 *   List&lt;EventCandidate&gt; found = pledges.find(arguments, site);
 * </pre>
 */
interface EventRule {
    /** The kind this rule reads. */
    EventKind kind();

    /** The candidates of this kind the sentence at {@code at} reports; none when it is denied, planned or asked. */
    List<EventCandidate> find(Arguments arguments, Site at);

    /** The candidates as reports: by default each is one; a rule may join the consecutive ones that continue a report. */
    default List<EventCandidate> reports(List<EventCandidate> found) {
        return found;
    }

    /**
     * How well report {@code c} fits a group of reports of this kind (oldest first): 0 when it is
     * another event; the group with the highest score takes it.
     */
    double same(List<EventCandidate> group, EventCandidate c);

    /** Whether a report that joins no group is an event of its own (a bare "the meeting" is not). */
    default boolean standsAlone(EventCandidate c) {
        return true;
    }

    /** The key of a group, from which its IRI is made: the same wherever the event is reported. */
    String key(List<EventCandidate> group);

    /** The event one post's reports make, or empty when they lack an argument the kind needs. */
    Optional<Event> build(String key, PostReport report);
}
