package org.newsgraph.ingest.read;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;

/**
 * Reads an RSS 2.0 feed: the channel is the story ({@code title}, {@code link}), each
 * {@code item} a post:
 * <ul>
 *   <li>{@code title} (else the first sentence of the description);</li>
 *   <li>{@code content:encoded}, else {@code description}: HTML, its figures the post's pictures;</li>
 *   <li>{@code pubDate} (RFC 822), else {@code dc:date} (ISO 8601): required;</li>
 *   <li>{@code author} ("desk@example.org (Mira Holt)" gives "Mira Holt") and {@code dc:creator}: bylines;</li>
 *   <li>{@code media:content} or {@code media:thumbnail} with a {@code media:description} or
 *       {@code media:title}, and a {@code media:credit}: pictures;</li>
 *   <li>{@code guid}, else {@code link}: the post's own id.</li>
 * </ul>
 * A bad item is reported with its line; the others are kept.
 */
public final class RssFeedReader implements StoryReader {
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    /** "desk@example.org (Mira Holt)": RSS wants an e-mail address, the name is in brackets. */
    private static final Pattern MAIL_NAME = Pattern.compile("\\S+@\\S+\\s*+\\((.+)\\)\\s*+");

    @Override
    public ReadResult read(PageSource source) {
        if (source.text().isBlank()) {
            throw new PageRefused(source.name(), "the file is empty");
        }
        XmlElement rss = XmlElement.parse(source.name(), source.text());
        if (!rss.name().equals("rss")) {
            throw new PageRefused(source.name(), rss.line(), "not an RSS feed: its root element is <" + rss.name() + ">");
        }
        XmlElement channel = rss.child("", "channel")
                .orElseThrow(() -> new PageRefused(source.name(), rss.line(), "the RSS feed has no <channel>"));
        List<PostEntry> entries = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (XmlElement item : channel.children("", "item")) {
            try {
                entries.add(entry(item));
            } catch (PostRefused e) {
                problems.add(e.problem());
            }
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            throw new PageRefused(source.name(), channel.line(), "the channel has no <item>");
        }
        return PostEntry.result(StoryNames.story(source, channel.childText("", "title").map(HtmlText::inline),
                channel.childText("", "link")), entries, problems);
    }

    private static PostEntry entry(XmlElement item) throws PostRefused {
        int line = item.line();
        String markup = item.childText(CONTENT, "encoded").or(() -> item.childText("", "description")).orElse("");
        String body = HtmlText.paragraphs(markup);
        // RSS 2.0 asks an item for a title or a description, not both.
        String headline = item.childText("", "title").map(HtmlText::inline).filter(t -> !t.isEmpty())
                .or(() -> Headlines.fromText(body))
                .orElseThrow(() -> new PostRefused(line, "the <item> has neither a <title> nor a <description>"));
        OffsetDateTime publishedAt = published(item);
        List<Byline> authors = Stream.concat(item.children("", "author").stream(), item.children(DC, "creator").stream())
                .map(a -> Text.strip(a.text())).filter(a -> !a.isEmpty())
                .map(RssFeedReader::name).distinct()
                .map(name -> new Byline(name, Optional.empty()))
                .toList();
        List<Image> images = new ArrayList<>(HtmlText.images(markup));
        Stream.concat(item.children(MEDIA, "content").stream(), item.children(MEDIA, "thumbnail").stream())
                .map(RssFeedReader::image).flatMap(Optional::stream).forEach(images::add);
        Optional<String> ownRef = item.childText("", "guid").or(() -> item.childText("", "link"));
        return new PostEntry(line, ownRef, headline, body, publishedAt, authors, images);
    }

    private static OffsetDateTime published(XmlElement item) throws PostRefused {
        Optional<XmlElement> pubDate = item.child("", "pubDate");
        if (pubDate.isPresent()) {
            return Timestamps.rfc822(pubDate.get().text(), pubDate.get().line(), "<pubDate>");
        }
        Optional<XmlElement> date = item.child(DC, "date");
        if (date.isPresent()) {
            return Timestamps.iso(date.get().text(), date.get().line(), "<dc:date>");
        }
        throw new PostRefused(item.line(), "the <item> has no <pubDate>");
    }

    private static String name(String author) {
        Matcher m = MAIL_NAME.matcher(author);
        return m.matches() ? Text.strip(m.group(1)) : author;
    }

    private static Optional<Image> image(XmlElement media) {
        String caption = media.childText(MEDIA, "description").or(() -> media.childText(MEDIA, "title"))
                .map(HtmlText::inline).orElse("");
        Optional<String> credit = media.childText(MEDIA, "credit").map(HtmlText::inline);
        return caption.isEmpty() && credit.isEmpty() ? Optional.empty() : Optional.of(new Image(caption, credit));
    }
}
