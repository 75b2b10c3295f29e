package org.newsgraph.ingest.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;

/**
 * Pairs predictions with gold items one to one: every matching pair is scored, and pairs are
 * taken best score first, required gold before optional gold on equal scores, then in the order
 * of the predictions and of the gold; a pair whose prediction or gold item is already taken is
 * passed over.
 * <pre>
 *   Matching m = GreedyMatcher.match(predicted, gold, GoldEvent::optional, rules::visit, false);
 * </pre>
 * A prediction paired with an optional item is ignored. One that matched some gold item but
 * was left without a pair is a duplicate: a false positive unless duplicates are ignored. The
 * matching also names the required gold items left unpaired and, for each duplicate, the gold
 * item it matched best, for the explanation of a score.
 */
final class GreedyMatcher {
    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingDouble(Pair::score).reversed()
            .thenComparing(Pair::optional)
            .thenComparingInt(Pair::prediction)
            .thenComparingInt(Pair::gold);

    private GreedyMatcher() {}

    static <P, G> Matching match(List<P> predictions, List<G> gold, Predicate<G> optional,
                                 ToDoubleBiFunction<P, G> score, boolean ignoreDuplicates) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                double s = score.applyAsDouble(predictions.get(i), gold.get(j));
                if (s > 0) {
                    pairs.add(new Pair(s, optional.test(gold.get(j)), i, j));
                }
            }
        }
        pairs.sort(BEST_FIRST);
        Set<Integer> pairedPredictions = new HashSet<>();
        Set<Integer> pairedGold = new HashSet<>();
        Map<Integer, Integer> bestGold = new HashMap<>();
        int matched = 0;
        int ignored = 0;
        for (Pair pair : pairs) {
            bestGold.putIfAbsent(pair.prediction, pair.gold);
            if (!pairedPredictions.contains(pair.prediction) && !pairedGold.contains(pair.gold)) {
                pairedPredictions.add(pair.prediction);
                pairedGold.add(pair.gold);
                if (pair.optional) {
                    ignored++;
                } else {
                    matched++;
                }
            }
        }
        List<Integer> falsePositives = new ArrayList<>();
        Map<Integer, Integer> duplicateOf = new HashMap<>();
        for (int i = 0; i < predictions.size(); i++) {
            if (pairedPredictions.contains(i)) {
                continue;
            }
            boolean duplicate = bestGold.containsKey(i);
            if (duplicate) {
                duplicateOf.put(i, bestGold.get(i));
            }
            if (duplicate && ignoreDuplicates) {
                ignored++;
            } else {
                falsePositives.add(i);
            }
        }
        List<Integer> missed = new ArrayList<>();
        for (int j = 0; j < gold.size(); j++) {
            if (!optional.test(gold.get(j)) && !pairedGold.contains(j)) {
                missed.add(j);
            }
        }
        int required = (int) gold.stream().filter(optional.negate()).count();
        return new Matching(required, matched, ignored, duplicateOf.size(), falsePositives, missed, duplicateOf);
    }

    /** A matching pair of prediction {@code prediction} and gold item {@code gold}. */
    private record Pair(double score, boolean optional, int prediction, int gold) {}
}
