package org.newsgraph.ingest.read;

import static org.newsgraph.ingest.read.PageDates.PUBLISHED_AT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;

/**
 * A post of a plain-text live page read as far as its year: the page prints days without
 * one, and the year may come from elsewhere on the page.
 *
 * @param line     the header's line (1-based)
 * @param position the post's rank among the page's headers, 1 at the top
 * @param local    the header's time, in British time
 * @param utc      the time on the line under the header
 * @param utcLine  that line (1-based)
 */
record PostDraft(int line, int position, String headline, Stamp local, Stamp utc, int utcLine,
                 boolean breaking, PostBody body) {
    /** "  7. " before a headline. */
    private static final Pattern POST_NUMBER = Pattern.compile(" *+\\d{1,4}+\\. ++");
    private static final Pattern DIGIT_FOLLOWS = Pattern.compile(" *+\\d");
    private static final String BREAKING = "Breaking";

    /**
     * Whether a line starts a post: a number, then a headline glued to "published at" and a
     * time. A body line that merely mentions "published at" does not start with a number;
     * a header whose time is garbled does start one, so that the post can be reported.
     */
    static boolean isHeader(String line) {
        return headlineStart(Text.spaced(line)) >= 0;
    }

    /**
     * The post whose header is {@code lines[header]} and which ends before {@code lines[end]}.
     * Under the header come its UTC time line and any "Breaking" lines, then the body.
     */
    static PostDraft read(List<String> lines, int header, int end, int position) throws PostRefused {
        int line = header + 1;
        String text = lines.get(header);
        String spaced = Text.spaced(text);
        int at = spaced.lastIndexOf(PUBLISHED_AT);
        String headline = Text.strip(text.substring(headlineStart(spaced), at));
        if (headline.isEmpty()) {
            throw new PostRefused(line, "the post has no headline before \"published at\"");
        }
        Stamp local = PageDates.headerTime(spaced.substring(at), line);
        Stamp utc = null;
        int utcLine = 0;
        boolean breaking = false;
        int next = header + 1;
        for (; next < end; next++) {
            String marker = Text.spaced(Text.strip(lines.get(next)));
            if (marker.equals(BREAKING)) {
                breaking = true;
            } else if (marker.startsWith(PUBLISHED_AT)) {
                // The first time line counts; a repeat of it is still header, not body.
                if (utc == null) {
                    utc = PageDates.utcTime(marker, next + 1);
                    utcLine = next + 1;
                }
            } else {
                break;
            }
        }
        if (utc == null) {
            throw new PostRefused(line, "the post has no UTC time line (\"published at HH:MM D Month\") under its header");
        }
        return new PostDraft(line, position, headline, local, utc, utcLine, breaking,
                PostBody.of(lines.subList(next, end)));
    }

    /** When the post was published, in the given year; refused when its two time lines disagree. */
    OffsetDateTime publishedAt(int year) throws PostRefused {
        OffsetDateTime at = in(local, year, line);
        OffsetDateTime check = in(utc, year, utcLine);
        if (!at.isEqual(check)) {
            throw new PostRefused(line, "the header's time " + local + " is "
                    + at.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime() + " UTC, but line " + utcLine
                    + " says " + utc + ": the two times disagree");
        }
        return at;
    }

    /** The finished post. */
    Post toPost(Story story, String id, OffsetDateTime publishedAt) {
        return new Post(story, id, position, headline, body.text(), publishedAt, body.authors(), breaking,
                body.images(), line);
    }

    /** Where the headline of a post header starts, or -1 when the (spaced) line is no post header. */
    private static int headlineStart(String spaced) {
        Matcher number = POST_NUMBER.matcher(spaced);
        if (!number.lookingAt()) {
            return -1;
        }
        int at = spaced.lastIndexOf(PUBLISHED_AT);
        boolean timed = at >= number.end()
                && DIGIT_FOLLOWS.matcher(spaced).region(at + PUBLISHED_AT.length(), spaced.length()).lookingAt();
        return timed ? number.end() : -1;
    }

    private static OffsetDateTime in(Stamp stamp, int year, int line) throws PostRefused {
        return stamp.in(year).orElseThrow(() -> new PostRefused(line, stamp.dayText() + " is not a date in " + year));
    }
}
