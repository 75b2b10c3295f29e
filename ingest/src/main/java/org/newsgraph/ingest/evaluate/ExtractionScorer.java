package org.newsgraph.ingest.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.core.store.Store;

/**
 * Scores the graph in a store against a gold annotation, by the rules of the shared evaluation:
 * the Java twin of the reference scorer {@code score_extraction.py}, asking the same queries of
 * the store's default graph and matching what they return the same way, so that both give the
 * same counts on the same data.
 * <pre>
 *   ScoreCard card = ExtractionScorer.of(GoldDocument.read(goldFile))
 *           .ignoringDuplicates(false)         // the default: a duplicate is a false positive
 *           .score(store);
 *   System.out.print(ScoreReport.table(card));
 * </pre>
 * Entities match on type and a name; roles on person, title and what they are of; each event
 * type has its own rule ({@link MatchRules}). Each gold item is matched at most once
 * ({@link GreedyMatcher}); optional gold items are never missed and a prediction matching one
 * counts neither way, nor does a predicted entity that shares a name with an optional entity.
 * A scorer is immutable and may be used from any thread.
 */
public final class ExtractionScorer {
    private final GoldDocument gold;
    private final boolean ignoreDuplicates;

    private ExtractionScorer(GoldDocument gold, boolean ignoreDuplicates) {
        this.gold = Objects.requireNonNull(gold, "gold");
        this.ignoreDuplicates = ignoreDuplicates;
    }

    /** A scorer for {@code gold} that counts duplicates as false positives. */
    public static ExtractionScorer of(GoldDocument gold) {
        return new ExtractionScorer(gold, false);
    }

    /** This scorer, ignoring (when {@code ignore}) predictions that only match gold items other predictions took. */
    public ExtractionScorer ignoringDuplicates(boolean ignore) {
        return new ExtractionScorer(gold, ignore);
    }

    /** Scores what the store holds; reads it in a few read transactions and changes nothing. */
    public ScoreCard score(Store store) {
        GoldNames names = new GoldNames(gold);
        MatchRules rules = new MatchRules(names);
        Predictions predictions = new Predictions(store);

        List<PredictedEntity> entities = predictions.entities();
        Set<String> optionalNames = names.optionalNames();
        Score entityScore = GreedyMatcher.match(entities, gold.entities(), GoldEntity::optional, rules::entity,
                        ignoreDuplicates)
                .excusing(i -> entities.get(i).names().stream().anyMatch(optionalNames::contains))
                .score();
        Score roleScore = GreedyMatcher.match(predictions.roles(), HeldRole.of(gold), HeldRole::optional, rules::role,
                ignoreDuplicates).score();
        Map<String, Score> events = new LinkedHashMap<>();
        for (String type : ScorerQueries.EVENT_TYPES) {
            events.put(type, GreedyMatcher.match(predictions.events(type), gold.events(type), GoldEvent::optional,
                    (p, g) -> rules.event(type, p, g), ignoreDuplicates).score());
        }
        return new ScoreCard(gold.document(), events, entityScore, roleScore);
    }
}
