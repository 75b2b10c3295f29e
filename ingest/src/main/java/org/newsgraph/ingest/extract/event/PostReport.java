package org.newsgraph.ingest.extract.event;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.entity.Agent;
import org.newsgraph.core.event.Grounding;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.ingest.extract.entity.StoryEntity;

/**
 * What one post's reports of an event say together, from which its {@link EventRule} builds the
 * event. The sets are the merger's own: a rule may narrow them (a pledger is no recipient), and
 * the entities left in them are mentioned by the post.
 *
 * @param a         attendees, pledgers, accusers, speakers, visitors, attackers
 * @param b         chairs, recipients, accused, destinations, targets
 * @param places    places named with it, the first its location
 * @param texts     allegations or remarks
 * @param amounts   one amount per currency
 * @param purpose   what a pledge is for, or null
 * @param until     the year a pledge runs to, or null
 * @param verified  false when the post says it cannot verify the claim
 * @param grounding evidence, confidence, day and location
 * @param groupA    the {@code a} of every report of the event, in every post
 * @param groupB    the {@code b} of every report of the event, in every post
 */
record PostReport(Set<StoryEntity> a, Set<StoryEntity> b, Set<StoryEntity> places, List<String> texts,
        List<MonetaryAmount> amounts, String purpose, Temporal until, boolean verified, Grounding grounding,
        Set<StoryEntity> groupA, Set<StoryEntity> groupB) {

    /** The core agents of entities, each once; places are left out. */
    static List<Agent> agents(Set<StoryEntity> entities) {
        List<Agent> out = new ArrayList<>();
        for (StoryEntity e : entities) {
            e.toAgent().ifPresent(x -> {
                if (!out.contains(x)) {
                    out.add(x);
                }
            });
        }
        return out;
    }
}
