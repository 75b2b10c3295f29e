package org.newsgraph.sparql.search;

import java.util.UUID;

/**
 * Turns jena-text's highlighted fragments into safe HTML: the text escaped, the matches in
 * {@code <mark>}, the fragments joined by an ellipsis.
 * <pre>
 *   "… text:query (ng:body ?words ?limit \"" + Snippets.OPTIONS + "\") …"
 *   Snippets.html(highlighted);   // "the &lt;b&gt; ferries … ferries &lt;mark&gt;resume&lt;/mark&gt;"
 * </pre>
 * The marks jena-text puts around matches and between fragments are made of a token drawn when
 * the service starts: a stored text cannot hold them, so a body that writes the usual marks
 * (↦ ↤) gets them back as text, not as highlighting.
 */
final class Snippets {
    private static final String TOKEN = UUID.randomUUID().toString().replace("-", "");
    private static final String START = "S" + TOKEN;
    private static final String END = "E" + TOKEN;
    private static final String BETWEEN = "Z" + TOKEN;
    /** The highlight option of text:query that writes these marks. */
    static final String OPTIONS = "highlight:s:" + START + " | e:" + END + " | f:" + BETWEEN;

    private Snippets() {}

    static String html(String highlighted) {
        StringBuilder html = new StringBuilder(highlighted.length() + 32);
        int at = 0;
        while (at < highlighted.length()) {
            int next = highlighted.indexOf(TOKEN, at);
            if (next < 1) {
                escape(highlighted.substring(at), html);
                break;
            }
            escape(highlighted.substring(at, next - 1), html);
            html.append(switch (highlighted.charAt(next - 1)) {
                case 'S' -> "<mark>";
                case 'E' -> "</mark>";
                default -> " … ";
            });
            at = next + TOKEN.length();
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder html) {
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
