package org.newsgraph.ingest.read;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;

/**
 * A live page read from its markup, when it embeds no JSON-LD live blog. What is recognised:
 * <ul>
 *   <li>a post is an {@code <article>} (or an element marked {@code itemprop="liveBlogUpdate"})
 *       that holds a {@code <time datetime="...">} with an offset; of nested ones, the innermost
 *       that have a time (a wrapper article around the whole stream is not a post);</li>
 *   <li>its headline: the first {@code h1}–{@code h6} (or {@code itemprop="headline"}); its
 *       time: the {@code time} marked {@code itemprop="datePublished"}, else the first one;</li>
 *   <li>its bylines: {@code [rel=author]}, {@code [itemprop=author]} or an element whose class
 *       contains "author" or "byline", with a {@code [class*=role]} or {@code [itemprop=jobTitle]}
 *       inside as the role line;</li>
 *   <li>its body: the paragraphs left once the headline, times, bylines, header and footer are
 *       taken out; its pictures: {@code figure}s and {@code img}s with alt text;</li>
 *   <li>its own id: the element's {@code id}, else the first {@code a[href*=#]} permalink;</li>
 *   <li>the story's title: {@code og:title}, else {@code <title>}, else the first {@code h1};
 *       its URL: {@code <link rel="canonical">}, else {@code og:url}.</li>
 * </ul>
 */
final class HtmlArticles {
    private static final String POSTS = "article:has(time[datetime]), [itemprop=liveBlogUpdate]";
    private static final String BYLINES = "[rel=author], [itemprop=author], [class*=author], [class*=byline]";

    private HtmlArticles() {}

    /**
     * The story and posts of the page.
     *
     * @param broken JSON-LD scripts that could not be parsed, each "line N: why", for the
     *               message when the markup holds no post either
     */
    static ReadResult read(PageSource source, Document page, List<String> broken) {
        Elements candidates = page.select(POSTS);
        List<Element> posts = candidates.stream()
                .filter(c -> c.select(POSTS).stream().noneMatch(inner -> inner != c))
                .toList();
        if (posts.isEmpty()) {
            throw new PageRefused(source.name(), "no post: the page embeds no JSON-LD LiveBlogPosting"
                    + (broken.isEmpty() ? "" : " that could be read (" + String.join("; ", broken) + ")")
                    + " and has no <article> with a <time datetime=\"...\">");
        }
        List<PostEntry> entries = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (Element post : posts) {
            try {
                entries.add(entry(post));
            } catch (PostRefused e) {
                problems.add(e.problem());
            }
        }
        return PostEntry.result(StoryNames.story(source, title(page), url(page)), entries, problems);
    }

    private static PostEntry entry(Element post) throws PostRefused {
        int line = Math.max(1, post.sourceRange().start().lineNumber());
        Element copy = post.clone();
        Element heading = copy.selectFirst("[itemprop=headline], h1, h2, h3, h4, h5, h6");
        Optional<String> given = Optional.ofNullable(heading).map(h -> HtmlText.inline(h.text())).filter(h -> !h.isEmpty());
        Element time = Optional.ofNullable(post.selectFirst("time[itemprop=datePublished][datetime]"))
                .orElse(post.selectFirst("time[datetime]"));
        if (time == null) {
            throw new PostRefused(line, "the <" + post.normalName() + "> has no <time datetime=\"...\">");
        }
        OffsetDateTime publishedAt = Timestamps.iso(time.attr("datetime"),
                Math.max(line, time.sourceRange().start().lineNumber()), "<time datetime>");
        List<Byline> authors = new ArrayList<>();
        // Only the outermost: a byline's name and role often carry "author" classes of their own.
        List<Element> bylines = copy.select(BYLINES).stream()
                .filter(b -> b.parents().stream().noneMatch(p -> p.is(BYLINES)))
                .toList();
        for (Element byline : bylines) {
            Element role = byline.selectFirst("[class*=role], [itemprop=jobTitle]");
            Optional<String> roleLine = Optional.ofNullable(role).map(r -> HtmlText.inline(r.text())).filter(r -> !r.isEmpty());
            if (role != null) {
                role.remove();
            }
            String name = HtmlText.inline(byline.text());
            if (!name.isEmpty()) {
                authors.add(new Byline(name, roleLine));
            }
        }
        List<Image> images = HtmlText.images(copy);
        if (heading != null) {
            heading.remove();
        }
        copy.select("time, header, footer, " + BYLINES).remove();
        String body = HtmlText.paragraphs(copy);
        String headline = given.or(() -> Headlines.fromText(body)).orElseThrow(() -> new PostRefused(line,
                "the <" + post.normalName() + "> has no headline (h1-h6), and no text to take one from"));
        Optional<String> ownRef = Optional.of(post.id()).filter(id -> !id.isBlank())
                .or(() -> Optional.ofNullable(post.selectFirst("a[href*=\"#\"]")).map(a -> a.attr("href")));
        return new PostEntry(line, ownRef, headline, body, publishedAt, authors, images);
    }

    private static Optional<String> title(Document page) {
        return Optional.ofNullable(page.selectFirst("meta[property=og:title][content]")).map(m -> m.attr("content"))
                .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text))
                .map(HtmlText::inline).filter(t -> !t.isEmpty());
    }

    private static Optional<String> url(Document page) {
        return Optional.ofNullable(page.selectFirst("link[rel=canonical][href]")).map(l -> l.absUrl("href"))
                .filter(u -> !u.isEmpty())
                .or(() -> Optional.ofNullable(page.selectFirst("meta[property=og:url][content]")).map(m -> m.attr("content")));
    }
}
