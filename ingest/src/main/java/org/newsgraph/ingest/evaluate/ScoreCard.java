package org.newsgraph.ingest.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one evaluation: per event type, for entities and for roles, and over all events.
 * <pre>
 *   ScoreCard card = ExtractionScorer.of(gold).score(store);
 *   card.events().get("Pledge").recall();
 *   card.extractionF1();   // the event micro-F1
 * </pre>
 *
 * @param document the gold's page file, when it names one
 * @param events   the score of each event type, in report order (Meeting, Pledge, Accusation,
 *                 Statement, Visit, Attack)
 * @param entities the entities' score
 * @param roles    the roles' score
 */
public record ScoreCard(Optional<String> document, Map<String, Score> events, Score entities, Score roles) {
    private static final Score EMPTY = new Score(0, 0, 0, 0, 0);

    public ScoreCard {
        Objects.requireNonNull(document, "document");
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(roles, "roles");
    }

    /**
     * The micro-average of several pages: each category's counts summed over the pages, so that
     * a page with many events weighs more than one with few (a mean of F1s would hide it).
     */
    public static ScoreCard micro(List<ScoreCard> pages) {
        Map<String, Score> events = new LinkedHashMap<>();
        Score entities = EMPTY;
        Score roles = EMPTY;
        for (ScoreCard page : pages) {
            page.events().forEach((type, score) -> events.merge(type, score, Score::plus));
            entities = entities.plus(page.entities());
            roles = roles.plus(page.roles());
        }
        return new ScoreCard(Optional.empty(), events, entities, roles);
    }

    /** The sum of the event types' scores, whose F1 is the micro-F1 over all events. */
    public Score allEvents() {
        return events.values().stream().reduce(EMPTY, Score::plus);
    }

    /** The micro-F1 over all events: the one-number summary of an extraction. */
    public double extractionF1() {
        return allEvents().f1();
    }
}
