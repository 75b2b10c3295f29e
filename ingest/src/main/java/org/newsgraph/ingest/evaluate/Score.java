package org.newsgraph.ingest.evaluate;

/**
 * The score of one category (an event type, entities or roles).
 * <pre>
 *   Score s = new Score(4, 5, 3, 1, 1);
 *   s.precision();   // 0.6
 *   s.f1();          // 0.666...
 * </pre>
 *
 * @param gold       required gold items
 * @param predicted  predictions that count: the matched ones and the false positives
 * @param matched    predictions paired with a required gold item
 * @param ignored    predictions that count neither way (paired with optional gold, duplicates when ignored)
 * @param duplicates predictions that matched only gold items other predictions took
 */
public record Score(int gold, int predicted, int matched, int ignored, int duplicates) {
    public Score {
        if (gold < 0 || predicted < 0 || matched < 0 || ignored < 0 || duplicates < 0
                || matched > predicted || matched > gold) {
            throw new IllegalArgumentException("not a score: " + gold + " gold, " + predicted + " predicted, "
                    + matched + " matched, " + ignored + " ignored, " + duplicates + " duplicates");
        }
    }

    /** Matched over predicted; 1 when nothing is predicted and nothing is expected, 0 when only the latter. */
    public double precision() {
        if (predicted == 0) {
            return gold == 0 ? 1.0 : 0.0;
        }
        return (double) matched / predicted;
    }

    /** Matched over gold; 1 when nothing is predicted and nothing is expected, 0 when only the latter. */
    public double recall() {
        if (gold == 0) {
            return predicted == 0 ? 1.0 : 0.0;
        }
        return (double) matched / gold;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The sum of two scores, for a micro-average. */
    public Score plus(Score other) {
        return new Score(gold + other.gold, predicted + other.predicted, matched + other.matched,
                ignored + other.ignored, duplicates + other.duplicates);
    }
}
