package org.newsgraph.ingest.read;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formats newsgraph reads, and how a page's format is told: by its content first, since a
 * saved file's extension and a server's Content-Type are often wrong ("text/plain" feeds,
 * JSON saved as ".txt"), then by the Content-Type, then by the file's extension.
 * <ul>
 *   <li>text starting with {@code {} or {@code [} is JSON-LD;</li>
 *   <li>markup whose first element is {@code <rss>} is an RSS feed, {@code <feed>} an Atom feed,
 *       and anything else starting with {@code <} (a doctype, {@code <html>}, a fragment) HTML;</li>
 *   <li>text with a plain-text post header ("2. Headlinepublished at ...") is a plain-text live page;</li>
 *   <li>other text is read as the Content-Type, else the extension, says, else as plain text:
 *       the reader of that format then says why the page is not one.</li>
 * </ul>
 */
public enum PageFormat {
    PLAIN_TEXT("text"), JSON_LD("jsonld"), HTML("html"), RSS("rss"), ATOM("atom");

    /** Where the content is looked at: enough for a long XML prologue, comments included. */
    private static final int SNIFF_LENGTH = 8192;
    /** The first element of a markup document: skips the XML declaration, comments, doctypes. */
    private static final Pattern FIRST_ELEMENT = Pattern.compile(
            "\\A(?:\\s++|<\\?[^>]*+>|<!--(?:[^-]|-(?!->))*+-->|<!(?i:doctype)[^>]*+>)*+<([A-Za-z][\\w.:-]*+)");

    private final String label;

    PageFormat(String label) {
        this.label = label;
    }

    /** The format's name on the command line ({@code --format}). */
    public String label() {
        return label;
    }

    /** The format named on the command line, case-insensitively. */
    public static Optional<PageFormat> labelled(String label) {
        for (PageFormat format : values()) {
            if (format.label.equalsIgnoreCase(label)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a page. */
    public static PageFormat of(PageSource source) {
        String head = source.text().substring(0, Math.min(SNIFF_LENGTH, source.text().length()));
        return byContent(head).or(() -> source.mediaType().flatMap(PageFormat::byMediaType))
                .or(() -> byExtension(source.name()))
                .orElse(PLAIN_TEXT);
    }

    private static Optional<PageFormat> byContent(String head) {
        String text = head.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return Optional.of(JSON_LD);
        }
        if (!text.startsWith("<")) {
            return text.lines().anyMatch(PostDraft::isHeader) ? Optional.of(PLAIN_TEXT) : Optional.empty();
        }
        Matcher m = FIRST_ELEMENT.matcher(text);
        String root = m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        // A prefixed root ("atom:feed") is still the feed.
        String local = root.substring(root.indexOf(':') + 1);
        return Optional.of(switch (local) {
            case "rss" -> RSS;
            case "feed" -> ATOM;
            default -> HTML;
        });
    }

    /** "application/rss+xml; charset=utf-8" → RSS. */
    static Optional<PageFormat> byMediaType(String mediaType) {
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (type) {
            case "application/ld+json", "application/json" -> JSON_LD;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/rss+xml" -> RSS;
            case "application/atom+xml" -> ATOM;
            case "text/plain" -> PLAIN_TEXT;
            default -> null;
        });
    }

    private static Optional<PageFormat> byExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return Optional.ofNullable(switch (extension) {
            case "jsonld", "json" -> JSON_LD;
            case "html", "htm", "xhtml" -> HTML;
            case "rss" -> RSS;
            case "atom" -> ATOM;
            case "txt" -> PLAIN_TEXT;
            default -> null;
        });
    }
}
