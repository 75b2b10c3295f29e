package org.newsgraph.core.iri;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Readable IRI segments from names: "Volodymyr Zelensky" → {@code volodymyr-zelensky},
 * "Łódź région" → {@code lodz-region}. Letters of other scripts are kept ("путин"), since
 * IRIs allow them and a hash would tell a reader nothing.
 */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern NON_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Latin letters that NFKD does not split into a base letter and a mark. */
    private static final Map<Character, String> LETTERS = Map.of(
            'ł', "l", 'ø', "o", 'ß', "ss", 'æ', "ae", 'œ', "oe", 'đ', "d", 'ı', "i", 'þ', "th", 'ð', "d");
    /** Long names are cut here so that IRIs stay readable. */
    static final int MAX_LENGTH = 80;

    private Slugs() {}

    /** The slug of a name; {@code "x"} when nothing of the name survives (all punctuation). */
    public static String of(String name) {
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        StringBuilder mapped = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            mapped.append(LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        s = APOSTROPHES.matcher(mapped).replaceAll("");
        s = NON_SLUG.matcher(s).replaceAll("-");
        s = trimDashes(s);
        if (s.length() > MAX_LENGTH) {
            s = trimDashes(s.substring(0, MAX_LENGTH));
        }
        return s.isEmpty() ? "x" : s;
    }

    private static String trimDashes(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') from++;
        while (to > from && s.charAt(to - 1) == '-') to--;
        return s.substring(from, to);
    }
}
