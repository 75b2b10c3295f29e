package org.newsgraph.ingest.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Which amounts of a sentence are pledges, and which amounts are one pledge in several
 * currencies: "€8m (£6.8m)", "8 million Swiss francs (about $10m)", "a 150m-riyal pledge from
 * Doha - about $41m -" are one each. Sums that are no pledge are left out: fines, damages, costs,
 * appeals and requests, turnover, totals ("in all", "combined", "bringing its total to").
 * <pre>
 *   for (List&lt;Money.Found&gt; pledge : PledgeAmounts.pledges(sentence, Money.find(sentence.text()))) { ... }
 * </pre>
 */
final class PledgeAmounts {
    private static final String APPROX = "(?:about|around|roughly|approximately|approx\\.?|some|nearly|almost|close to|just over"
            + "|just under|over|more than|less than|equivalent to|equal to|or)";
    /** Between an amount and its conversion: a bracket, comma or dash, perhaps "about". */
    private static final Pattern ADJACENT = Pattern.compile(
            "\\s*\"?\\s*\\)?\\s*(?:[(,\\-–—]|\\bor\\b)?\\s*(?:" + APPROX + "\\s+)?", Pattern.CASE_INSENSITIVE);
    /** A conversion a few words on, after a dash or bracket and "about": "pledge from Doha - about $41m". */
    private static final Pattern AFTER_A_FEW_WORDS = Pattern.compile(
            "[^;.()\"]{0,50}\\s[(\\-–—]\\s*" + APPROX + "\\s*", Pattern.CASE_INSENSITIVE);
    /** Words before an amount that make it a sum of another kind. */
    private static final Set<String> OTHER_SUMS = Set.of("fine", "damage", "cost", "appeal", "ask", "seek", "request",
            "claim", "turnover", "revenue", "sale", "profit", "loss", "salary", "price", "debt", "owe", "lose",
            "bill", "tax", "raise", "earn", "estimate", "need", "shortfall", "gap");
    /** Words after an amount that make it a sum of others or a claim. */
    private static final Pattern SUM_AFTER = Pattern.compile(
            "^[^;]{0,80}?\\b(combined|altogether|in all|in total|all told|between them)\\b|^\\s*(?:\\([^)]*\\)\\s*)?in (damages|fines|compensation claims)\\b",
            Pattern.CASE_INSENSITIVE);

    private PledgeAmounts() {}

    /** The amounts of the sentence that can be pledges, each with its conversions into other currencies. */
    static List<List<Money.Found>> pledges(Sentence s, List<Money.Found> money) {
        List<List<Money.Found>> out = new ArrayList<>();
        for (List<Money.Found> g : groups(s.text(), money)) {
            if (!otherSum(s, g)) {
                out.add(g);
            }
        }
        return out;
    }

    /** The amounts in order, each conversion with the amount it converts. */
    static List<List<Money.Found>> groups(String text, List<Money.Found> money) {
        List<List<Money.Found>> groups = new ArrayList<>();
        for (Money.Found f : money) {
            if (!groups.isEmpty()) {
                List<Money.Found> g = groups.get(groups.size() - 1);
                Money.Found last = g.get(g.size() - 1);
                String between = text.substring(last.end(), f.start());
                boolean newCurrency = g.stream().noneMatch(x -> x.amount().currency().equals(f.amount().currency()));
                if (ADJACENT.matcher(between).matches() || newCurrency && AFTER_A_FEW_WORDS.matcher(between).matches()) {
                    g.add(f);
                    continue;
                }
            }
            List<Money.Found> g = new ArrayList<>();
            g.add(f);
            groups.add(g);
        }
        return groups;
    }

    /** Whether the amounts are a fine, a cost, a claim, an appeal or a total rather than a pledge. */
    private static boolean otherSum(Sentence s, List<Money.Found> g) {
        int first = tokenAt(s, s.begin() + g.get(0).start());
        for (int k = Math.max(0, first - 5); k < first; k++) {
            Token t = s.tok(k);
            if (OTHER_SUMS.contains(t.lemma()) || OTHER_SUMS.contains(t.lower())) {
                return true;
            }
        }
        if (SUM_AFTER.matcher(s.text().substring(g.get(g.size() - 1).end())).find()) {
            return true;
        }
        return runningTotal(s, first);
    }

    /** "bringing its total this year to €270m" sums earlier pledges up. */
    private static boolean runningTotal(Sentence s, int at) {
        for (int k = Math.max(0, at - 10); k < at; k++) {
            String l = s.tok(k).lemma();
            if (l.equals("bring") || l.equals("raise") && k + 1 < at && s.tok(k + 1).lemma().matches("its|their|the")) {
                for (int m = k; m < at; m++) {
                    if (s.tok(m).lemma().equals("total")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The token at character offset {@code offset} of the text, or the last one. */
    static int tokenAt(Sentence s, int offset) {
        for (Token t : s.toks()) {
            if (t.end() > offset) {
                return t.i();
            }
        }
        return s.size() - 1;
    }
}
