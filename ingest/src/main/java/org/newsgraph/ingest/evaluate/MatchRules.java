package org.newsgraph.ingest.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a prediction matches a gold item, and how well: each method returns a score above 0
 * for a match and 0 otherwise. The scores only rank candidate pairs, so that the matcher takes
 * the best ones first (a pledge with all its amounts before one with a single amount).
 * <pre>
 *   MatchRules rules = new MatchRules(new GoldNames(gold));
 *   double s = rules.event("Visit", predicted, goldVisit);   // 2 when visitor and destination match
 * </pre>
 */
final class MatchRules {
    private final GoldNames gold;

    MatchRules(GoldNames gold) {
        this.gold = gold;
    }

    /** Same type and a name in common; better when the gold label is a predicted label. */
    double entity(PredictedEntity p, GoldEntity g) {
        if (!p.type().equals(g.type()) || !intersects(p.names(), gold.of(g.label()))) {
            return 0;
        }
        return p.labelNames().contains(Names.normalise(g.label())) ? 2 : 1;
    }

    /** Same person, a matching title, and of the gold entity (better) or an accepted alternative. */
    double role(PredictedRole p, HeldRole g) {
        if (!intersects(p.personNames(), gold.of(g.person()))
                || p.titles().stream().noneMatch(t -> Names.titleMatches(t, g.titles()))
                || !intersects(p.ofNames(), gold.ofAll(g.ofs()))) {
            return 0;
        }
        return intersects(p.ofNames(), gold.of(g.role().of())) ? 2 : 1;
    }

    /** The rule of the event type; 0 for a type without one. */
    double event(String type, PredictedEvent p, GoldEvent g) {
        return switch (type) {
            case "Meeting" -> meeting(p, g);
            case "Pledge" -> pledge(p, g);
            case "Accusation" -> accusation(p, g);
            case "Statement" -> statement(p, g);
            case "Visit" -> visit(p, g);
            case "Attack" -> attack(p, g);
            default -> 0;
        };
    }

    /** A participant or chair in common, and a place in common or a second participant or chair. */
    private double meeting(PredictedEvent p, GoldEvent g) {
        Set<String> labels = new LinkedHashSet<>(g.arg("participant"));
        labels.addAll(g.arg("chair"));
        List<Set<String>> people = new ArrayList<>();
        labels.forEach(label -> people.add(gold.of(label)));
        List<Set<String>> predicted = p.names("participant", "chair");
        long common = people.stream().filter(names -> anyMatch(predicted, names)).count();
        boolean place = matches(p, "location", g);
        return common >= 1 && (place || common >= 2) ? common + (place ? 1 : 0) : 0;
    }

    /** The pledger, and an amount of the same currency within 1%; better with more amounts and the recipient. */
    private double pledge(PredictedEvent p, GoldEvent g) {
        if (!matches(p, "pledger", g)) {
            return 0;
        }
        long amounts = g.amounts().stream().filter(a -> p.amounts().stream().anyMatch(pa -> pa.matches(a))).count();
        if (amounts == 0) {
            return 0;
        }
        return 1 + amounts + (matches(p, "recipient", g) ? 1 : 0);
    }

    /** The accuser and the accused; better the closer the allegation. */
    private double accusation(PredictedEvent p, GoldEvent g) {
        if (!matches(p, "accuser", g) || !matches(p, "accused", g)) {
            return 0;
        }
        return 2 + QuoteOverlap.of(p.texts("allegation"), g.arg("allegation"));
    }

    /** The speaker, and quotes that overlap by at least a half. */
    private double statement(PredictedEvent p, GoldEvent g) {
        if (!matches(p, "speaker", g)) {
            return 0;
        }
        double overlap = QuoteOverlap.of(p.texts("quote"), g.arg("quote"));
        return overlap < 0.5 ? 0 : 1 + overlap;
    }

    /** The visitor and the destination. */
    private double visit(PredictedEvent p, GoldEvent g) {
        return matches(p, "visitor", g) && matches(p, "destination", g) ? 2 : 0;
    }

    /** The attacker or the target, and the place or the target. */
    private double attack(PredictedEvent p, GoldEvent g) {
        boolean attacker = matches(p, "attacker", g);
        boolean target = matches(p, "target", g);
        boolean place = matches(p, "location", g);
        if ((attacker || target) && (place || target)) {
            return (attacker ? 1 : 0) + (target ? 1 : 0) + (place ? 1 : 0);
        }
        return 0;
    }

    /**
     * What an event rule found true and false of a pair, phrased for a reader ("accuser matches",
     * "accused does not match"): why a near miss is not a match. Empty for a type without a rule.
     */
    List<Check> checks(String type, PredictedEvent p, GoldEvent g) {
        return switch (type) {
            case "Meeting" -> {
                Set<String> labels = new LinkedHashSet<>(g.arg("participant"));
                labels.addAll(g.arg("chair"));
                List<Set<String>> predicted = p.names("participant", "chair");
                long common = labels.stream().filter(label -> anyMatch(predicted, gold.of(label))).count();
                yield List.of(new Check(common + " participant(s) or chair(s) in common", common > 0),
                        check(p, "location", g));
            }
            case "Pledge" -> {
                boolean amount = g.amounts().stream().anyMatch(a -> p.amounts().stream().anyMatch(pa -> pa.matches(a)));
                yield List.of(check(p, "pledger", g), new Check(amount ? "an amount matches"
                        : "no amount of the same currency within 1%", amount));
            }
            case "Accusation" -> List.of(check(p, "accuser", g), check(p, "accused", g));
            case "Statement" -> {
                double overlap = QuoteOverlap.of(p.texts("quote"), g.arg("quote"));
                yield List.of(check(p, "speaker", g), new Check(String.format(Locale.ROOT,
                        "quote overlap %.2f (a match needs 0.50)", overlap), overlap >= 0.5));
            }
            case "Visit" -> List.of(check(p, "visitor", g), check(p, "destination", g));
            case "Attack" -> List.of(check(p, "attacker", g), check(p, "target", g), check(p, "location", g));
            default -> List.of();
        };
    }

    /** What the role rule found true and false of a pair: person, title, and what the role is of. */
    List<Check> checks(PredictedRole p, HeldRole g) {
        boolean person = intersects(p.personNames(), gold.of(g.person()));
        boolean title = p.titles().stream().anyMatch(t -> Names.titleMatches(t, g.titles()));
        boolean of = intersects(p.ofNames(), gold.ofAll(g.ofs()));
        return List.of(Check.of("person", person), Check.of("title", title), Check.of("of", of));
    }

    private Check check(PredictedEvent p, String property, GoldEvent g) {
        return Check.of(property, matches(p, property, g));
    }

    /** Whether some predicted value of {@code property} names one of the gold event's values of it. */
    private boolean matches(PredictedEvent p, String property, GoldEvent g) {
        return anyMatch(p.names(property), gold.ofAll(g.arg(property)));
    }

    private static boolean anyMatch(List<Set<String>> values, Set<String> names) {
        return values.stream().anyMatch(v -> intersects(v, names));
    }

    private static boolean intersects(Collection<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /**
     * One condition of a rule, as the explanation prints it.
     *
     * @param text  what was found ("accuser matches")
     * @param holds whether the condition holds
     */
    record Check(String text, boolean holds) {
        /** "{@code what} matches" or "{@code what} does not match". */
        static Check of(String what, boolean holds) {
            return new Check(what + (holds ? " matches" : " does not match"), holds);
        }
    }
}
