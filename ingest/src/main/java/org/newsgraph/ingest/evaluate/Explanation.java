package org.newsgraph.ingest.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * A page's scores together with the errors behind them.
 * <pre>
 *   Explanation e = ExtractionScorer.of(gold).explain(store);
 *   System.out.print(ExplainReport.text(e.findings()));
 *   System.out.print(ScoreReport.table(e.card()));
 * </pre>
 *
 * @param card     the scores
 * @param findings every missed gold item, spurious prediction and duplicate, by category
 */
public record Explanation(ScoreCard card, List<Finding> findings) {
    public Explanation {
        Objects.requireNonNull(card, "card");
        findings = List.copyOf(findings);
    }
}
