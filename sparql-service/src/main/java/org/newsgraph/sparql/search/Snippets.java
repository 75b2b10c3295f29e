package org.newsgraph.sparql.search;

/**
 * Turns jena-text's highlighted fragments (matches between ↦ and ↤, fragments split by ∣) into
 * safe HTML: the text escaped, the matches in {@code <mark>}, the fragments joined by an ellipsis.
 */
final class Snippets {
    private Snippets() {}

    static String html(String highlighted) {
        StringBuilder html = new StringBuilder(highlighted.length() + 32);
        for (char c : highlighted.toCharArray()) {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\u21a6' -> html.append("<mark>");
                case '\u21a4' -> html.append("</mark>");
                case '\u2223' -> html.append(" … ");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
