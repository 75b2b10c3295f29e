package org.newsgraph.sparql.explore;

import java.util.List;

/**
 * Who appears with whom: pairs of entities, the number of events both appear in (in any part)
 * and the number of stories whose posts mention both, the pairs with most events first.
 *
 * @param entity the entity every pair starts from; {@code null} for the top pairs of the whole store
 */
public record CoOccurrence(EntityRef entity, List<Pair> pairs) {

    /** Two entities, how many events they share, and how many stories mention both. */
    public record Pair(EntityRef a, EntityRef b, int events, int stories) {}
}
