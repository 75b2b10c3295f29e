package org.newsgraph.ingest.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The outcome of pairing predictions with gold items.
 *
 * @param gold           required gold items
 * @param matched        predictions paired with a required gold item
 * @param ignored        predictions that count neither way
 * @param duplicates     predictions that matched only gold items taken by others
 * @param falsePositives the indexes of the predictions that count as wrong
 * @param missed         the indexes of the required gold items no prediction was paired with
 * @param duplicateOf    for each duplicate prediction's index, the index of the gold item it matched best
 */
record Matching(int gold, int matched, int ignored, int duplicates, List<Integer> falsePositives,
                List<Integer> missed, Map<Integer, Integer> duplicateOf) {
    Matching {
        falsePositives = List.copyOf(falsePositives);
        missed = List.copyOf(missed);
        duplicateOf = Map.copyOf(duplicateOf);
    }

    /** This matching with the false positives that {@code excused} accepts moved to the ignored. */
    Matching excusing(IntPredicate excused) {
        List<Integer> kept = new ArrayList<>();
        falsePositives.forEach(i -> {
            if (!excused.test(i)) {
                kept.add(i);
            }
        });
        return new Matching(gold, matched, ignored + falsePositives.size() - kept.size(), duplicates, kept, missed,
                duplicateOf);
    }

    Score score() {
        return new Score(gold, matched + falsePositives.size(), matched, ignored, duplicates);
    }
}
