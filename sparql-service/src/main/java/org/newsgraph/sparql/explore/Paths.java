package org.newsgraph.sparql.explore;

import java.util.List;

/**
 * The shortest relationship paths between two entities, each a chain of entity–event–entity hops.
 *
 * @param maxLength the most hops searched
 * @param length    the number of hops of the shortest paths; {@code null} when none was found
 * @param complete  false when the search stopped at its bound on entities reached before finding
 *                  a path or before {@code maxLength}: a longer search might still find one
 * @param paths     at most the limit asked for, ordered by the IRIs along them
 */
public record Paths(EntityRef from, EntityRef to, int maxLength, Integer length, boolean complete, List<Path> paths) {

    /** One path: its hops from {@code from} to {@code to}. */
    public record Path(List<Hop> hops) {}

    /** Two entities that appear in one event. */
    public record Hop(EntityRef from, EventStep event, EntityRef to) {}

    /** The event of a hop: its IRI, type and time. */
    public record EventStep(String iri, String type, String time) {}
}
