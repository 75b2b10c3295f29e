package org.newsgraph.sparql.explore;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The exploration as the API and the pages ask for it: from the request's parameters as sent
 * (IRIs as text, limits maybe absent) to the answers, refusing bad parameters
 * ({@code MalformedRequest}), unknown IRIs ({@code NotFound}) and searches that run too long
 * ({@code TimedOut}): the refusals of {@link org.newsgraph.sparql.refusal}.
 * <pre>
 *   Timeline t = exploration.timeline("http://localhost:8080/id/person/ines-varga", null);
 * </pre>
 */
@ApplicationScoped
public class Exploration {
    private final Subjects subjects;
    private final Timelines timelines;
    private final RelatedEntities neighbourhoods;
    private final CoOccurrences coOccurrences;
    private final PathFinder paths;
    private final Storylines storylines;

    Exploration(Subjects subjects, Timelines timelines, RelatedEntities neighbourhoods, CoOccurrences coOccurrences,
            PathFinder paths, Storylines storylines) {
        this.subjects = subjects;
        this.timelines = timelines;
        this.neighbourhoods = neighbourhoods;
        this.coOccurrences = coOccurrences;
        this.paths = paths;
        this.storylines = storylines;
    }

    public Timeline timeline(String entity, Integer limit) {
        return timelines.of(subjects.entity("entity", entity), Limits.LIST.of(limit));
    }

    public NeighbourGroups neighbours(String entity, Integer limit) {
        return neighbourhoods.neighbours(subjects.entity("entity", entity), Limits.LIST.of(limit));
    }

    public NeighbourGraph neighbourhood(String entity, Integer limit) {
        return neighbourhoods.graph(subjects.entity("entity", entity), Limits.GRAPH.of(limit));
    }

    /** The companions of {@code entity}, or the top pairs of the store when it is absent. */
    public CoOccurrence coOccurrence(String entity, Integer limit) {
        int n = Limits.LIST.of(limit);
        return entity == null || entity.isBlank() ? coOccurrences.top(n)
                : coOccurrences.of(subjects.entity("entity", entity), n);
    }

    public Paths paths(String from, String to, Integer maxLength, Integer limit) {
        return paths.find(subjects.entity("from", from), subjects.entity("to", to), Limits.PATH_LENGTH.of(maxLength),
                Limits.PATHS.of(limit));
    }

    public Storyline storyline(String story, Integer limit) {
        return storylines.of(subjects.story("story", story), Limits.LIST.of(limit));
    }
}
