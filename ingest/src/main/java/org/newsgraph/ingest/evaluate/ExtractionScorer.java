package org.newsgraph.ingest.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        return evaluate(store, Optional.empty()).card();
    }

    /**
     * Scores what the store holds and lists the errors behind the scores: every missed gold item,
     * spurious prediction and duplicate, with its arguments, posts and sentences. Reads a little
     * more than {@link #score} (labels, mentions, evidence) and changes nothing.
     */
    public Explanation explain(Store store) {
        return evaluate(store, Optional.of(new PredictionDetails(store)));
    }

    private Explanation evaluate(Store store, Optional<PredictionDetails> details) {
        GoldNames names = new GoldNames(gold);
        MatchRules rules = new MatchRules(names);
        Predictions predictions = new Predictions(store);
        Optional<Explainer> explainer = details.map(d -> new Explainer(gold.document().orElse("page"), names, rules, d));

        List<PredictedEntity> entities = predictions.entities();
        Set<String> optionalNames = names.optionalNames();
        Matching entityMatching = GreedyMatcher.match(entities, gold.entities(), GoldEntity::optional, rules::entity,
                        ignoreDuplicates)
                .excusing(i -> entities.get(i).names().stream().anyMatch(optionalNames::contains));
        explainer.ifPresent(e -> e.entities(entities, gold.entities(), entityMatching));
        List<PredictedRole> roles = predictions.roles();
        List<HeldRole> heldRoles = HeldRole.of(gold);
        Matching roleMatching = GreedyMatcher.match(roles, heldRoles, HeldRole::optional, rules::role,
                ignoreDuplicates);
        explainer.ifPresent(e -> e.roles(roles, heldRoles, roleMatching));
        Map<String, Score> events = new LinkedHashMap<>();
        for (String type : ScorerQueries.EVENT_TYPES) {
            List<PredictedEvent> predicted = predictions.events(type);
            Matching matching = GreedyMatcher.match(predicted, gold.events(type), GoldEvent::optional,
                    (p, g) -> rules.event(type, p, g), ignoreDuplicates);
            explainer.ifPresent(e -> e.events(type, predicted, gold.events(type), matching));
            events.put(type, matching.score());
        }
        ScoreCard card = new ScoreCard(gold.document(), events, entityMatching.score(), roleMatching.score());
        return new Explanation(card, explainer.map(Explainer::findings).orElse(List.of()));
    }
}
