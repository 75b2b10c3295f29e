package org.newsgraph.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newsgraph.core.story.Image;

/**
 * The text of a post's markup as a post body: one paragraph per block element (p, li,
 * blockquote, a heading, a div's loose text), joined with a blank line. Pictures ({@code figure},
 * an {@code img} with alt text) are taken out as {@link Image}s; scripts, styles, forms and
 * navigation are dropped. Text without tags keeps its own paragraphs (blank-line separated).
 */
final class HtmlText {
    /** Elements whose content is never body text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "form",
            "button", "svg", "iframe", "figure", "aside");
    private static final Pattern TAG = Pattern.compile("<(?:[A-Za-z][A-Za-z0-9]*+|/[A-Za-z]|!--)");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[^\\S\\n]*+\\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]++");

    private HtmlText() {}

    /** Whether the text holds markup rather than plain text. */
    static boolean isMarkup(String text) {
        return TAG.matcher(text).find();
    }

    /** The paragraphs of markup or of plain text. */
    static String paragraphs(String text) {
        return isMarkup(text) ? paragraphs(Jsoup.parseBodyFragment(text).body()) : plainParagraphs(text);
    }

    /** The paragraphs of an element's content. */
    static String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && node != root && DROPPED.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    close(current, paragraphs);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    close(current, paragraphs);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        close(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /** The text of markup on one line, as for a headline. */
    static String inline(String text) {
        String plain = isMarkup(text) ? Jsoup.parseBodyFragment(text).body().text() : text;
        return Text.strip(SPACES.matcher(plain).replaceAll(" "));
    }

    /**
     * The pictures in an element: each {@code figure}, captioned by its {@code figcaption} less
     * any credit in it (an element whose class names a credit or copyright, or a {@code small}),
     * and each {@code img} outside a figure that has alt text.
     */
    static List<Image> images(Element root) {
        List<Image> images = new ArrayList<>();
        for (Element figure : root.select("figure")) {
            Element caption = figure.selectFirst("figcaption");
            Element credit = figure.selectFirst("[class*=credit], [class*=copyright], figcaption small");
            Optional<String> by = Optional.ofNullable(credit).map(c -> Text.strip(c.text())).filter(s -> !s.isEmpty());
            String text = "";
            if (caption != null) {
                Element copy = caption.clone();
                copy.select("[class*=credit], [class*=copyright], small").remove();
                text = Text.strip(copy.text());
            }
            if (text.isEmpty()) {
                text = Optional.ofNullable(figure.selectFirst("img[alt]")).map(i -> Text.strip(i.attr("alt"))).orElse("");
            }
            if (!text.isEmpty() || by.isPresent()) {
                images.add(new Image(text, by));
            }
        }
        for (Element img : root.select("img[alt]")) {
            String alt = Text.strip(img.attr("alt"));
            if (!alt.isEmpty() && img.closest("figure") == null) {
                images.add(new Image(alt, Optional.empty()));
            }
        }
        return images;
    }

    /** The pictures in markup; none in plain text. */
    static List<Image> images(String text) {
        return isMarkup(text) ? images(Jsoup.parseBodyFragment(text).body()) : List.of();
    }

    /** The paragraphs of plain text, even if it looks like markup. */
    static String plainParagraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : PARAGRAPH_BREAK.split(text.replace("\r\n", "\n"))) {
            String lines = String.join("\n", block.lines().map(Text::strip).filter(l -> !l.isEmpty()).toList());
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static void close(StringBuilder current, List<String> paragraphs) {
        String text = Text.strip(SPACES.matcher(current).replaceAll(" "));
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
    }
}
