package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GreedyMatcherTest {
    /** A gold item for these tests: a name and whether it is optional. */
    record Item(String name, boolean optional) {}

    private static final Item QUAY = new Item("quay", false);
    private static final Item FERRY = new Item("ferry", false);
    private static final Item PIER = new Item("pier", true);

    /** Scores from a table: prediction name to gold name to score; absent pairs do not match. */
    private static Matching match(List<String> predictions, List<Item> gold, Map<String, Map<String, Double>> scores,
                                  boolean ignoreDuplicates) {
        return GreedyMatcher.match(predictions, gold, Item::optional,
                (p, g) -> scores.getOrDefault(p, Map.of()).getOrDefault(g.name(), 0.0), ignoreDuplicates);
    }

    @Test
    void theBestPairIsTakenFirst() {
        // a matches quay (1) and ferry (2); b matches ferry only (1.5). Best first: a-ferry, then b is left over.
        Matching m = match(List.of("a", "b"), List.of(QUAY, FERRY),
                Map.of("a", Map.of("quay", 1.0, "ferry", 2.0), "b", Map.of("ferry", 1.5)), false);
        assertEquals(new Matching(2, 1, 0, 1, List.of(1), List.of(0), Map.of(1, 1)), m);
        assertEquals(new Score(2, 2, 1, 0, 1), m.score());
    }

    @Test
    void onEqualScoresRequiredGoldGoesBeforeOptional() {
        // a matches the optional pier and the required quay equally: it takes the quay.
        Matching m = match(List.of("a"), List.of(PIER, QUAY), Map.of("a", Map.of("pier", 1.0, "quay", 1.0)), false);
        assertEquals(new Score(1, 1, 1, 0, 0), m.score());
    }

    @Test
    void aPredictionPairedWithOptionalGoldIsIgnored() {
        Matching m = match(List.of("a", "b"), List.of(PIER, QUAY), Map.of("a", Map.of("pier", 1.0)), false);
        assertEquals(new Score(1, 1, 0, 1, 0), m.score(), "a is ignored, b is a false positive, the quay is missed");
        assertEquals(List.of(1), m.falsePositives());
        assertEquals(List.of(1), m.missed(), "the quay, not the optional pier");
        assertEquals(Map.of(), m.duplicateOf(), "b matched nothing: spurious, not a duplicate");
    }

    @Test
    void duplicatesAreFalsePositivesUnlessIgnored() {
        Map<String, Map<String, Double>> scores = Map.of("a", Map.of("quay", 1.0), "b", Map.of("quay", 1.0),
                "c", Map.of("pier", 1.0), "d", Map.of("pier", 1.0));
        List<String> predictions = List.of("a", "b", "c", "d");
        List<Item> gold = List.of(QUAY, PIER);
        // b duplicates a's quay; d duplicates c's optional pier: a duplicate all the same.
        Matching strict = match(predictions, gold, scores, false);
        assertEquals(new Score(1, 3, 1, 1, 2), strict.score());
        assertEquals(Map.of(1, 0, 3, 1), strict.duplicateOf(), "each duplicate names the gold item it matched");
        assertEquals(List.of(), strict.missed());
        assertEquals(new Score(1, 1, 1, 3, 2), match(predictions, gold, scores, true).score());
    }

    @Test
    void equalPairsGoInPredictionOrder() {
        // a and b both match the quay equally well: the first prediction takes it.
        Matching m = match(List.of("a", "b"), List.of(QUAY), Map.of("a", Map.of("quay", 1.0), "b", Map.of("quay", 1.0)),
                false);
        assertEquals(List.of(1), m.falsePositives());
    }

    @Test
    void excusedFalsePositivesMoveToTheIgnored() {
        Matching m = new Matching(3, 1, 0, 1, List.of(2, 5), List.of(0, 1), Map.of(2, 2)).excusing(i -> i == 5);
        assertEquals(new Matching(3, 1, 1, 1, List.of(2), List.of(0, 1), Map.of(2, 2)), m);
    }

    @Test
    void nothingPredictedAndNothingExpectedIsPerfect() {
        Score s = match(List.of(), List.of(PIER), Map.of(), false).score();
        assertEquals(new Score(0, 0, 0, 0, 0), s);
        assertEquals(1.0, s.f1());
    }
}
