package org.newsgraph.ingest.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.ingest.evaluate.Finding.Outcome;

/**
 * Prints {@link Finding}s for a reader who wants to raise recall or precision, grouped by
 * category (the event types in report order, then entities, then roles), missed items first:
 * <pre>
 * == Accusation: 2 missed, 1 spurious, 0 duplicate ==
 * MISSED A2 (harbour.txt, posts 4, 2) [accuser: Port Authority | accused: Harbour Trust]
 *     post 4: The port authority accused the trust of hiding the repair bill.
 *     nearest prediction accusation-... [accuser: Port Authority | accused: Ana Lopes] (posts 4): accuser
 *     matches, accused does not match
 * </pre>
 */
public final class ExplainReport {
    private static final List<String> CATEGORIES = concat(ScorerQueries.EVENT_TYPES, List.of("entities", "roles"));

    private ExplainReport() {}

    /** The findings as text, by category; a category without findings is left out. */
    public static String text(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (String category : CATEGORIES) {
            List<Finding> of = findings.stream().filter(f -> f.category().equals(category))
                    .sorted(Comparator.comparing(Finding::outcome)).toList();
            if (of.isEmpty()) {
                continue;
            }
            Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                counts.put(outcome, of.stream().filter(f -> f.outcome() == outcome).count());
            }
            out.append(String.format(Locale.ROOT, "== %s: %d missed, %d spurious, %d duplicate ==%n", category,
                    counts.get(Outcome.MISSED), counts.get(Outcome.SPURIOUS), counts.get(Outcome.DUPLICATE)));
            of.forEach(f -> item(out, f));
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The findings as a JSON array of objects with the fields of {@link Finding}. */
    public static JsonArray json(List<Finding> findings) {
        JsonArray array = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.put("page", f.page());
            o.put("category", f.category());
            o.put("outcome", f.outcome().name().toLowerCase(Locale.ROOT));
            o.put("id", f.id());
            JsonObject args = new JsonObject();
            f.args().forEach((name, values) -> args.put(name, strings(values)));
            o.put("args", args);
            JsonArray posts = new JsonArray();
            f.posts().forEach(p -> posts.add(p.longValue()));
            o.put("posts", posts);
            o.put("sentences", strings(f.sentences()));
            f.note().ifPresent(n -> o.put("note", n));
            array.add(o);
        }
        return array;
    }

    private static void item(StringBuilder out, Finding f) {
        String posts = f.posts().isEmpty() ? ""
                : ", posts " + f.posts().stream().map(String::valueOf).collect(Collectors.joining(", "));
        out.append(f.outcome()).append(' ').append(f.id()).append(" (").append(f.page()).append(posts).append(") ")
                .append(Explainer.line(f.args())).append(System.lineSeparator());
        f.sentences().forEach(s -> out.append("    ").append(s).append(System.lineSeparator()));
        f.note().ifPresent(n -> out.append("    ").append(n).append(System.lineSeparator()));
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return List.copyOf(all);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
