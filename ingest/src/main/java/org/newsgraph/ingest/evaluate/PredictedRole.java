package org.newsgraph.ingest.evaluate;

import java.util.Set;

/**
 * A role some person of the graph holds, as the scorer compares it.
 *
 * @param person      the holder's node in the graph
 * @param role        the role's node
 * @param personNames the holder's label and aliases, normalised
 * @param titles      the role's titles, as written
 * @param ofNames     the names of what the role is of, normalised (a literal counts as a name)
 */
record PredictedRole(Term person, Term role, Set<String> personNames, Set<String> titles, Set<String> ofNames) {
    PredictedRole {
        personNames = Set.copyOf(personNames);
        titles = Set.copyOf(titles);
        ofNames = Set.copyOf(ofNames);
    }
}
