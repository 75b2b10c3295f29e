package org.newsgraph.ingest.read;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.story.Byline;

/**
 * Reads an Atom feed (RFC 4287): the feed is the story ({@code title}, the {@code link} whose
 * rel is "alternate" or absent), each {@code entry} a post:
 * <ul>
 *   <li>{@code title}: required; text, or HTML when its type says so;</li>
 *   <li>{@code content}, else {@code summary}: text, HTML or XHTML by its type, figures as pictures;</li>
 *   <li>{@code published}, else {@code updated}: required;</li>
 *   <li>each {@code author}'s {@code name}: bylines;</li>
 *   <li>{@code id}: the post's own id ({@code urn:uuid:…}, {@code tag:…}, a URL).</li>
 * </ul>
 * A bad entry is reported with its line; the others are kept.
 */
public final class AtomFeedReader implements StoryReader {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Override
    public ReadResult read(PageSource source) {
        if (source.text().isBlank()) {
            throw new PageRefused(source.name(), "the file is empty");
        }
        XmlElement feed = XmlElement.parse(source.name(), source.text());
        if (!feed.name().equals("feed") || !feed.namespace().equals(ATOM)) {
            throw new PageRefused(source.name(), feed.line(), "not an Atom feed: its root element is <" + feed.name()
                    + "> in namespace \"" + feed.namespace() + "\", not <feed> in " + ATOM);
        }
        List<PostEntry> entries = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (XmlElement entry : feed.children(ATOM, "entry")) {
            try {
                entries.add(entry(entry));
            } catch (PostRefused e) {
                problems.add(e.problem());
            }
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            throw new PageRefused(source.name(), feed.line(), "the feed has no <entry>");
        }
        return PostEntry.result(StoryNames.story(source, feed.child(ATOM, "title").map(AtomFeedReader::inline),
                alternate(feed)), entries, problems);
    }

    private static PostEntry entry(XmlElement entry) throws PostRefused {
        int line = entry.line();
        String headline = entry.child(ATOM, "title").map(AtomFeedReader::inline).filter(t -> !t.isEmpty())
                .orElseThrow(() -> new PostRefused(line, "the <entry> has no <title>"));
        Optional<XmlElement> content = entry.child(ATOM, "content").or(() -> entry.child(ATOM, "summary"));
        XmlElement date = entry.child(ATOM, "published").or(() -> entry.child(ATOM, "updated"))
                .orElseThrow(() -> new PostRefused(line, "the <entry> has no <published> or <updated>"));
        OffsetDateTime publishedAt = Timestamps.iso(date.text(), date.line(), "<" + date.name() + ">");
        List<Byline> authors = entry.children(ATOM, "author").stream()
                .map(a -> a.childText(ATOM, "name")).flatMap(Optional::stream)
                .map(name -> new Byline(HtmlText.inline(name), Optional.empty()))
                .toList();
        return new PostEntry(line, entry.childText(ATOM, "id").or(() -> alternate(entry)), headline,
                content.map(AtomFeedReader::paragraphs).orElse(""), publishedAt, authors,
                content.flatMap(AtomFeedReader::markup).map(HtmlText::images).orElse(List.of()));
    }

    /** An Atom text construct's markup: type "html" is escaped HTML, "xhtml" a div; "text", the default, has none. */
    private static Optional<String> markup(XmlElement text) {
        return switch (text.attributes().getOrDefault("type", "text")) {
            case "html" -> Optional.of(text.text());
            case "xhtml" -> Optional.of(text.markup());
            default -> Optional.empty();
        };
    }

    private static String paragraphs(XmlElement text) {
        return markup(text).map(HtmlText::paragraphs).orElseGet(() -> HtmlText.plainParagraphs(text.text()));
    }

    private static String inline(XmlElement text) {
        return markup(text).map(HtmlText::inline).orElseGet(() -> Text.strip(text.text().replaceAll("\\s++", " ")));
    }

    private static Optional<String> alternate(XmlElement element) {
        return element.children(ATOM, "link").stream()
                .filter(l -> l.attributes().getOrDefault("rel", "alternate").equals("alternate"))
                .map(l -> l.attributes().getOrDefault("href", "")).filter(h -> !h.isBlank())
                .findFirst();
    }
}
