package org.newsgraph.ingest.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
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
 * Several pages get a line each (their events, entity F1 and role F1) before the table of the
 * micro figures over all of them.
 */
public final class ScoreReport {
    private static final String ROW = "%-12s %5d %5d %7d %9.4f %7.4f %7.4f%n";
    private static final String PAGE_HEADER = "%-34s %5s %5s %7s %9s %7s %7s %8s %7s%n";
    private static final String PAGE_ROW = "%-34s %5d %5d %7d %9.4f %7.4f %7.4f %8.4f %7.4f%n";

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

    /**
     * Several pages: one line per page (its events' counts and micro-F1, its entity and role F1),
     * then the {@link #table} of the micro figures over all of them.
     */
    public static String pages(List<ScoreCard> pages, List<String> names) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, PAGE_HEADER, "page", "gold", "pred", "matched",
                "precision", "recall", "F1", "entities", "roles"));
        for (int i = 0; i < pages.size(); i++) {
            ScoreCard card = pages.get(i);
            Score events = card.allEvents();
            out.append(String.format(Locale.ROOT, PAGE_ROW, names.get(i), events.gold(), events.predicted(),
                    events.matched(), rounded(events.precision()), rounded(events.recall()), rounded(events.f1()),
                    rounded(card.entities().f1()), rounded(card.roles().f1())));
        }
        out.append(String.format(Locale.ROOT, "%nmicro over %d pages:%n", pages.size()));
        return out.append(table(ScoreCard.micro(pages))).toString();
    }

    /** The JSON document of the reference scorer's {@code --json} output. */
    public static String json(ScoreCard card) {
        return JSON.toString(jsonObject(card)) + System.lineSeparator();
    }

    /**
     * Several pages as JSON: {@code pages}, each page's document of {@link #json(ScoreCard)} with its
     * {@code page} name (and its {@code findings} when {@code explain}), and {@code micro}, the
     * same document for the micro figures over all of them.
     */
    public static String json(List<Explanation> pages, List<String> names, boolean explain) {
        JsonArray array = new JsonArray();
        for (int i = 0; i < pages.size(); i++) {
            JsonObject page = jsonObject(pages.get(i).card());
            page.put("page", names.get(i));
            if (explain) {
                page.put("findings", ExplainReport.json(pages.get(i).findings()));
            }
            array.add(page);
        }
        JsonObject doc = new JsonObject();
        doc.put("pages", array);
        doc.put("micro", jsonObject(ScoreCard.micro(pages.stream().map(Explanation::card).toList())));
        return JSON.toString(doc) + System.lineSeparator();
    }

    private static JsonObject jsonObject(ScoreCard card) {
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
        return doc;
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
