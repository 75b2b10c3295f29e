package org.newsgraph.ingest.read;

/** What readers assume of a page's characters, and the small text helpers they share. */
final class Text {
    /** Quoted text in messages is cut here: a "line" may be megabytes of junk. */
    private static final int QUOTE_LENGTH = 60;

    private Text() {}

    /** Whether the character is white space, non-breaking spaces included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The text without white space at either end; non-breaking spaces inside are kept. */
    static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) from++;
        while (to > from && isSpace(text.charAt(to - 1))) to--;
        return text.substring(from, to);
    }

    /**
     * The text with every space (non-breaking, narrow, tab) turned into a plain space, for
     * matching. Indices are unchanged, so a match also cuts the original text.
     */
    static String spaced(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isSpace(chars[i])) chars[i] = ' ';
        }
        return new String(chars);
    }

    /** The text in quotes for a message, cut short when long. */
    static String quote(String text) {
        return '"' + (text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH) + "…") + '"';
    }

    /** The 1-based line holding the character at {@code index}, with line ends as {@link String#lines()} sees them. */
    static int lineAt(CharSequence text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    /**
     * Refuses text that is binary data: any NUL, or more than one character in a hundred that
     * is a control character or U+FFFD (what a decoder leaves of bytes it could not read).
     * A few strays are tolerated, since pages copied from the web carry some.
     */
    static void requireText(String source, String text) {
        int junk = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new PageRefused(source, lineAt(text, i), "a NUL character: this is binary data, not text");
            }
            if (isJunk(c)) {
                first = junk == 0 ? i : first;
                junk++;
            }
        }
        if (junk * 100L > text.length()) {
            throw new PageRefused(source, lineAt(text, first), junk + " of its " + text.length()
                    + " characters are control characters or unreadable bytes, the first on this line: this is not text");
        }
    }

    private static boolean isJunk(char c) {
        boolean lineSpace = c == '\t' || c == '\n' || c == '\r' || c == '\f';
        return Character.isISOControl(c) && !lineSpace || c == '\uFFFD';
    }
}
