package org.newsgraph.ingest.evaluate;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The few string operations of the Python reference scorer whose Java namesakes differ:
 * Python's {@code str.strip()} and regex {@code \s} know 29 whitespace characters (Java's
 * {@code strip()} misses U+0085 and the no-break spaces, its {@code \s} knows six), and Python's
 * {@code \b} sees any letter or number as part of a word. A name that Python and Java normalised
 * differently would match in one scorer and not the other, so the port keeps Python's definitions.
 * <pre>
 *   PythonText.strip(" Kyiv ")                  // "Kyiv", also with U+0085 or U+3000 around it
 *   PythonText.collapseSpaces("Kaja \t Kallas")  // "Kaja Kallas"
 * </pre>
 */
final class PythonText {
    /** Exactly the characters for which Python's {@code str.isspace()} is true. */
    private static final String SPACES = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680"
            + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
    private static final Pattern SPACE_RUNS = Pattern.compile(SPACES.chars()
            .mapToObj(c -> String.format("\\u%04x", c))
            .collect(Collectors.joining("", "[", "]+")));
    /** Python's {@code \w}: letters, numbers of any kind, and the underscore. */
    private static final String WORD = "[\\p{L}\\p{N}_]";

    private PythonText() {}

    /** Python's {@code s.strip()}. */
    static String strip(String s) {
        return stripWhere(s, SPACES);
    }

    /** Python's {@code s.strip(chars)}. */
    static String strip(String s, String chars) {
        return stripWhere(s, chars);
    }

    /** Python's {@code s.rstrip(chars)}. */
    static String stripTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Python's {@code re.sub(r'\s+', ' ', s)}. */
    static String collapseSpaces(String s) {
        return SPACE_RUNS.matcher(s).replaceAll(" ");
    }

    /** A pattern for {@code word} standing alone, as Python's {@code \bword\b} finds it. */
    static Pattern wholeWord(String word) {
        return Pattern.compile("(?<!" + WORD + ")" + Pattern.quote(word) + "(?!" + WORD + ")");
    }

    private static String stripWhere(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
