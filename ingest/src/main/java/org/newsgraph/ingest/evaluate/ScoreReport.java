package org.newsgraph.ingest.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Prints a {@link ScoreCard} the way the reference scorer does, as a table or as JSON, with
 * ratios rounded to four places (half to even on the exact value, as Python's {@code round}):
 * <pre>
 * category      gold  pred matched precision  recall      F1
 * Meeting          4     5       3    0.6000  0.7500  0.6667
 * ...
 * events(all)     23    25      19    0.7600  0.8261  0.7917
 * extraction F1 0.7917
 * </pre>
 */
public final class ScoreReport {
    private static final String ROW = "%-12s %5d %5d %7d %9.4f %7.4f %7.4f%n";

    private ScoreReport() {}

    /** The table: one row per event type, entities, roles and all events, then the micro-F1 line. */
    public static String table(ScoreCard card) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s %5s %5s %7s %9s %7s %7s%n",
                "category", "gold", "pred", "matched", "precision", "recall", "F1"));
        card.events().forEach((type, score) -> out.append(row(type, score)));
        out.append(row("entities", card.entities())).append(row("roles", card.roles()));
        out.append(row("events(all)", card.allEvents()));
        out.append(String.format(Locale.ROOT, "extraction F1 %.4f%n", rounded(card.extractionF1())));
        return out.toString();
    }

    /** The JSON document of the reference scorer's {@code --json} output. */
    public static String json(ScoreCard card) {
        JsonObject scores = new JsonObject();
        card.events().forEach((type, score) -> scores.put(type, scoreJson(score, true)));
        scores.put("entities", scoreJson(card.entities(), true));
        scores.put("roles", scoreJson(card.roles(), true));
        JsonObject doc = new JsonObject();
        doc.put("document", card.document().<JsonValue>map(JsonString::new)
                .orElse(JsonNull.instance));
        doc.put("scores", scores);
        doc.put("events_micro", scoreJson(card.allEvents(), false));
        doc.put("extraction_f1", JsonNumber.value(rounded(card.extractionF1())));
        return JSON.toString(doc) + System.lineSeparator();
    }

    /** A ratio rounded to four places as the reference scorer rounds it. */
    static double rounded(double ratio) {
        return new BigDecimal(ratio).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String row(String category, Score s) {
        return String.format(Locale.ROOT, ROW, category, s.gold(), s.predicted(), s.matched(),
                rounded(s.precision()), rounded(s.recall()), rounded(s.f1()));
    }

    private static JsonObject scoreJson(Score s, boolean withIgnored) {
        JsonObject o = new JsonObject();
        o.put("gold", s.gold());
        o.put("predicted", s.predicted());
        o.put("matched", s.matched());
        o.put("precision", JsonNumber.value(rounded(s.precision())));
        o.put("recall", JsonNumber.value(rounded(s.recall())));
        o.put("f1", JsonNumber.value(rounded(s.f1())));
        if (withIgnored) {
            o.put("ignored", s.ignored());
            o.put("duplicates", s.duplicates());
        }
        return o;
    }
}
