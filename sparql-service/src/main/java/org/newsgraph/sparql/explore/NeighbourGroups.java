package org.newsgraph.sparql.explore;

import java.util.List;

/**
 * An entity's neighbours, grouped by how they are related, the most connected first.
 *
 * @param relations one group per relation the entity has, in a fixed order (met, pledged to, ...)
 */
public record NeighbourGroups(EntityRef entity, List<Group> relations) {

    /**
     * The neighbours in one relation.
     *
     * @param relation   its key, such as {@code accused-by}
     * @param label      how it reads: "accused by"
     * @param total      how many neighbours it has; {@code neighbours} holds at most the limit
     */
    public record Group(String relation, String label, int total, List<Neighbour> neighbours) {}

    /** A neighbour, the number of events that relate it so, and the times of the first and last of them. */
    public record Neighbour(EntityRef entity, int events, String first, String last) {}
}
