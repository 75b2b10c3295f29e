package org.newsgraph.ingest.evaluate;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the scorer compares names and role titles: without regard to case, runs of whitespace,
 * curly quotes, dashes, a leading "the" or surrounding punctuation; titles also ignore all
 * punctuation and the US spelling "defense".
 * <pre>
 *   NameMatching.normalise("  The  Kremlin. ")                                        // "kremlin"
 *   NameMatching.titleMatches("US Defense Secretary", List.of("Defence Secretary"))   // true
 * </pre>
 */
final class NameMatching {
    /** Typographic quotes and dashes, and their plain forms. */
    private static final Map<Character, Character> PLAIN = Map.ofEntries(
            Map.entry('\u2018', '\''), Map.entry('\u2019', '\''), Map.entry('\u201a', '\''),
            Map.entry('\u201b', '\''), Map.entry('\u2032', '\''), Map.entry('\u201c', '"'),
            Map.entry('\u201d', '"'), Map.entry('\u201e', '"'), Map.entry('\u2013', '-'),
            Map.entry('\u2014', '-'), Map.entry('\u2212', '-'));
    private static final String EDGE_PUNCTUATION = "\"'.,;:";
    private static final String LEADING_THE = "the ";
    private static final Pattern DEFENSE = PythonText.wholeWord("defense");
    private static final Pattern NOT_TITLE = Pattern.compile("[^a-z0-9 ]+");

    private NameMatching() {}

    /** The form two names are compared in; may be empty. */
    static String normalise(String name) {
        StringBuilder plain = new StringBuilder(Normalizer.normalize(name, Normalizer.Form.NFKC));
        for (int i = 0; i < plain.length(); i++) {
            plain.setCharAt(i, PLAIN.getOrDefault(plain.charAt(i), plain.charAt(i)));
        }
        String s = PythonText.strip(PythonText.strip(plain.toString().toLowerCase(Locale.ROOT)), EDGE_PUNCTUATION);
        s = PythonText.collapseSpaces(s);
        return s.startsWith(LEADING_THE) ? s.substring(LEADING_THE.length()) : s;
    }

    /** The form two titles are compared in: a normalised name of ASCII letters, digits and single spaces. */
    static String normaliseTitle(String title) {
        String s = DEFENSE.matcher(normalise(title)).replaceAll("defence");
        s = NOT_TITLE.matcher(s).replaceAll(" ");
        return PythonText.strip(PythonText.collapseSpaces(s));
    }

    /**
     * Whether a predicted title matches one of the gold titles: equal once normalised, or one
     * contained in the other as whole words ("UK Defence Secretary" contains "Defence Secretary").
     */
    static boolean titleMatches(String predicted, Collection<String> gold) {
        String p = normaliseTitle(predicted);
        if (p.isEmpty()) {
            return false;
        }
        for (String title : gold) {
            String g = normaliseTitle(title);
            if (!g.isEmpty() && (p.equals(g) || (" " + p + " ").contains(" " + g + " ")
                    || (" " + g + " ").contains(" " + p + " "))) {
                return true;
            }
        }
        return false;
    }
}
