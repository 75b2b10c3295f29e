package org.newsgraph.ingest.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.newsgraph.ingest.evaluate.Finding.Outcome;
import org.newsgraph.ingest.evaluate.MatchRules.Check;

/**
 * Turns the matchings of one page into {@link Finding}s: each missed gold item and each prediction
 * counted against the extraction, with what it says, where, and, when the rules can tell cheaply,
 * why the nearest item on the other side did not match it (the pair of the same kind for which the
 * most of the rule's conditions hold, one in the same post first).
 */
final class Explainer {
    private static final Comparator<Near<?>> NEAREST = Comparator.<Near<?>>comparingLong(Near::holds)
            .thenComparing(Near::samePost);

    private final String page;
    private final GoldNames names;
    private final MatchRules rules;
    private final PredictionDetails details;
    private final List<Finding> findings = new ArrayList<>();

    Explainer(String page, GoldNames names, MatchRules rules, PredictionDetails details) {
        this.page = page;
        this.names = names;
        this.rules = rules;
        this.details = details;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    void events(String type, List<PredictedEvent> predicted, List<GoldEvent> gold, Matching matching) {
        for (int j : matching.missed()) {
            GoldEvent g = gold.get(j);
            Optional<String> note = nearest(predicted, p -> rules.checks(type, p, g), p -> shares(p.node(), g.posts()))
                    .map(n -> "nearest prediction " + describe(n.item().node()) + ": " + n.text());
            findings.add(new Finding(page, type, Outcome.MISSED, g.id(), goldArguments(g), g.posts(),
                    g.evidence().map(e -> List.of(e.post() == 0 ? e.sentence() : "post " + e.post() + ": "
                            + e.sentence())).orElse(List.of()), note));
        }
        counted(matching, predicted.size(), i -> {
            PredictedEvent p = predicted.get(i);
            Optional<String> note = Optional.ofNullable(matching.duplicateOf().get(i))
                    .map(j -> "duplicate of " + gold.get(j).id())
                    .or(() -> nearest(gold, g -> rules.checks(type, p, g), g -> shares(p.node(), g.posts()))
                            .map(n -> "nearest gold " + n.item().id() + " " + line(goldArguments(n.item())) + ": "
                                    + n.text()));
            findings.add(new Finding(page, type, outcome(matching, i), details.label(p.node()),
                    details.arguments(p.node()), details.posts(p.node()), details.sentences(p.node()), note));
        });
    }

    void entities(List<PredictedEntity> predicted, List<GoldEntity> gold, Matching matching) {
        for (int j : matching.missed()) {
            GoldEntity g = gold.get(j);
            Optional<String> note = predicted.stream().filter(p -> shareName(p, g)).findFirst()
                    .map(p -> "named by prediction " + details.label(p.node()) + ", typed " + p.type());
            findings.add(new Finding(page, "entities", Outcome.MISSED, g.label(), entityArguments(g.type(),
                    g.aliases()), List.of(), List.of(), note));
        }
        counted(matching, predicted.size(), i -> {
            PredictedEntity p = predicted.get(i);
            Optional<String> note = Optional.ofNullable(matching.duplicateOf().get(i))
                    .map(j -> "duplicate of " + gold.get(j).label())
                    .or(() -> gold.stream().filter(g -> shareName(p, g)).findFirst()
                            .map(g -> "gold has " + g.label() + " as " + g.type()));
            findings.add(new Finding(page, "entities", outcome(matching, i), details.label(p.node()),
                    entityArguments(p.type(), List.of()), details.posts(p.node()), List.of(), note));
        });
    }

    void roles(List<PredictedRole> predicted, List<HeldRole> gold, Matching matching) {
        for (int j : matching.missed()) {
            HeldRole g = gold.get(j);
            Optional<String> note = nearest(predicted, p -> rules.checks(p, g), p -> false)
                    .map(n -> "nearest prediction " + line(predictedRole(n.item())) + ": " + n.text());
            findings.add(new Finding(page, "roles", Outcome.MISSED, g.person(), goldRole(g), List.of(), List.of(),
                    note));
        }
        counted(matching, predicted.size(), i -> {
            PredictedRole p = predicted.get(i);
            Optional<String> note = Optional.ofNullable(matching.duplicateOf().get(i))
                    .map(j -> "duplicate of " + gold.get(j).person() + " " + line(goldRole(gold.get(j))))
                    .or(() -> nearest(gold, g -> rules.checks(p, g), g -> false)
                            .map(n -> "nearest gold " + n.item().person() + " " + line(goldRole(n.item())) + ": "
                                    + n.text()));
            findings.add(new Finding(page, "roles", outcome(matching, i), details.label(p.person()),
                    predictedRole(p), details.posts(p.person()), List.of(), note));
        });
    }

    /** Calls {@code each} with every prediction counted as wrong or found to be a duplicate, in order. */
    private static void counted(Matching matching, int predictions, IntConsumer each) {
        for (int i = 0; i < predictions; i++) {
            if (matching.falsePositives().contains(i) || matching.duplicateOf().containsKey(i)) {
                each.accept(i);
            }
        }
    }

    private static Outcome outcome(Matching matching, int prediction) {
        return matching.duplicateOf().containsKey(prediction) ? Outcome.DUPLICATE : Outcome.SPURIOUS;
    }

    /** The candidate for which the most conditions hold (at least one), one in the same post first. */
    private static <T> Optional<Near<T>> nearest(List<T> candidates, Function<T, List<Check>> checks,
                                                 Predicate<T> samePost) {
        Near<T> best = null;
        for (T candidate : candidates) {
            List<Check> found = checks.apply(candidate);
            long holds = found.stream().filter(Check::holds).count();
            Near<T> near = new Near<>(candidate, found, holds, samePost.test(candidate));
            if (holds > 0 && (best == null || NEAREST.compare(near, best) > 0)) {
                best = near;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean shares(Term node, List<Integer> posts) {
        return details.posts(node).stream().anyMatch(posts::contains);
    }

    private boolean shareName(PredictedEntity p, GoldEntity g) {
        return !p.type().equals(g.type()) && p.names().stream().anyMatch(names.of(g.label())::contains);
    }

    private String describe(Term event) {
        List<Integer> posts = details.posts(event);
        return details.label(event) + " " + line(details.arguments(event))
                + (posts.isEmpty() ? "" : " (posts " + posts.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")");
    }

    private Map<String, List<String>> predictedRole(PredictedRole p) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("person", List.of(details.label(p.person())));
        out.put("title", List.copyOf(new TreeSet<>(p.titles())));
        out.put("of", details.roleOf(p.role()));
        return out;
    }

    private static Map<String, List<String>> goldRole(HeldRole g) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("title", g.titles());
        out.put("of", g.ofs());
        return out;
    }

    private static Map<String, List<String>> entityArguments(String type, List<String> aliases) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("type", List.of(type));
        if (!aliases.isEmpty()) {
            out.put("aliases", aliases);
        }
        return out;
    }

    /** A gold event's arguments in the order predictions show theirs, amounts as "value CUR". */
    private static Map<String, List<String>> goldArguments(GoldEvent g) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Set<String> seen = new TreeSet<>();
        for (String property : PredictionDetails.ARGUMENTS) {
            if (property.equals("amount") && !g.amounts().isEmpty()) {
                out.put(property, g.amounts().stream().map(a -> BigDecimal.valueOf(a.value()).stripTrailingZeros()
                        .toPlainString() + " " + a.currency()).toList());
            } else if (!g.arg(property).isEmpty()) {
                out.put(property, g.arg(property));
            }
            seen.add(property);
        }
        new TreeSet<>(g.args().keySet()).stream().filter(k -> !seen.contains(k)).forEach(k -> out.put(k, g.arg(k)));
        return out;
    }

    /** Arguments on one line: "accuser: Peru | accused: Bolivia, Chile". */
    static String line(Map<String, List<String>> args) {
        return args.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining(" | ", "[", "]"));
    }

    /** A candidate and what the rule found of it. */
    private record Near<T>(T item, List<Check> checks, long holds, boolean samePost) {
        String text() {
            return checks.stream().map(Check::text).collect(Collectors.joining(", "));
        }
    }
}
