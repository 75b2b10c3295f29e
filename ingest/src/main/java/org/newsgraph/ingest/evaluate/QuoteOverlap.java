package org.newsgraph.ingest.evaluate;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much two sets of quotes say the same: the overlap coefficient |P ∩ G| / min(|P|, |G|) of
 * their content words, so that a short quote wholly inside a long one counts in full.
 * <pre>
 *   QuoteOverlap.of(List.of("Russia is escalating the war"), List.of("escalating the war"))   // 1.0
 * </pre>
 * Content words are the runs of ASCII letters and digits, Latin letters with accents, Cyrillic,
 * kana and CJK ideographs in the normalised text, less a fixed list of function words.
 */
final class QuoteOverlap {
    private static final Set<String> STOP_WORDS = Set.of((
            "a an the and or but of to in on at for from by with as is are was were be been being it its"
            + " this that these those he she they we you i his her their our your him them us me my not no so if"
            + " then than there here will would can could should shall may might must do does did has have had"
            + " said says say adds added about into over also just only very more most all any some such who whom"
            + " which what when where while how up out s t").split(" "));
    private static final Pattern TOKEN = Pattern.compile(
            "[a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff\\u3040-\\u30ff\\u4e00-\\u9fff]+");

    private QuoteOverlap() {}

    /** The overlap of all predicted quotes' content words with all gold quotes'; 0 when either has none. */
    static double of(Collection<String> predicted, Collection<String> gold) {
        Set<String> p = contentWords(predicted);
        Set<String> g = contentWords(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return 0.0;
        }
        Set<String> common = new HashSet<>(p);
        common.retainAll(g);
        return (double) common.size() / Math.min(p.size(), g.size());
    }

    /** The content words of a text. */
    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = TOKEN.matcher(NameMatching.normalise(text));
        while (m.find()) {
            if (!STOP_WORDS.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static Set<String> contentWords(Collection<String> texts) {
        Set<String> words = new HashSet<>();
        texts.forEach(text -> words.addAll(contentWords(text)));
        return words;
    }
}
