package org.newsgraph.ingest.read;

import java.util.Optional;

/**
 * A headline for a post whose page gives none: an RSS item may have only a description, and
 * live-blog updates often carry only their text. It is the text's first sentence, cut after a
 * word and marked with an ellipsis when longer than a headline should be.
 * <pre>
 *   Headlines.fromText("Ferries stop at noon. Unions met the minister.")  // "Ferries stop at noon."
 * </pre>
 */
final class Headlines {
    /** Longer than most headlines: a first sentence beyond it is cut. */
    static final int MAX_LENGTH = 110;
    /** A sentence end before this many characters is likely an abbreviation ("Mr.", "U.S."), not the end. */
    private static final int MIN_SENTENCE = 20;

    private Headlines() {
    }

    /** The first sentence of {@code text} (paragraphs split by blank lines), or empty when it has no words. */
    static Optional<String> fromText(String text) {
        // One line, its spaces as a given headline's are (HtmlText.inline).
        String first = HtmlText.inline(Text.strip(text).split("\n\\s*\n", 2)[0]);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        for (int i = MIN_SENTENCE; i < Math.min(first.length(), MAX_LENGTH + 1); i++) {
            char c = first.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && (i == first.length() || Character.isWhitespace(first.charAt(i)))) {
                return Optional.of(first.substring(0, i));
            }
        }
        if (first.length() <= MAX_LENGTH) {
            return Optional.of(first);
        }
        int cut = first.lastIndexOf(' ', MAX_LENGTH);
        return Optional.of(first.substring(0, cut > 0 ? cut : MAX_LENGTH).strip() + "…");
    }
}
