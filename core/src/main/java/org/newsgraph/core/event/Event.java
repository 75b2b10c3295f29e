package org.newsgraph.core.event;

import java.util.List;
import org.newsgraph.core.entity.Agent;

/**
 * Something a post reports: a meeting, pledge, accusation, statement, visit or attack.
 * <p>
 * The {@link #key()} says which real-world event it is: the same key reported in two posts,
 * or two stories, is one event with a mention in each.
 */
public sealed interface Event permits Meeting, Pledge, Accusation, Statement, Visit, Attack {
    /** The event's identity, a slug such as {@code pledge-germany-eur-11000000000}. */
    String key();

    /** Every actor of the event, whatever its part. */
    List<Agent> participants();

    /** Its evidence, confidence, time and place. */
    Grounding grounding();

    /** The kind of event, which also names its IRI folder. */
    EventKind kind();
}
