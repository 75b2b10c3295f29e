package org.newsgraph.ingest.read;

import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;

/**
 * Reads a live page saved as plain text, newest post first:
 * <pre>
 * LIVE stream page 1
 *
 *   2. Ferry service resumespublished at 09:05 Greenwich Mean Time 14 January
 *     published at 09:05 14 January
 *     Breaking
 *
 *     Ana Ribeiro
 *     Transport reporter, in Porto Lindo
 *
 *     The harbour ferryImage source, Port Authority
 *
 *     The first crossing left at nine.
 *
 *     • Timetables are unchanged
 * </pre>
 * A post starts with its number and its headline glued to "published at" and the British time
 * (British Summer Time, UTC+1, or GMT); the next line gives the same time in UTC, and the two
 * must agree. "Breaking" lines may sit among these header lines. Then come, each optional, a
 * byline (a name line and a role line), image lines (a caption glued to "Image source, " and
 * the credit), and paragraphs separated by blank lines; each "•" bullet is a paragraph.
 * Lines above the first post ("Summary") and "LIVE stream page" lines are page furniture,
 * skipped.
 * <p>
 * The page prints no year: it is {@link ReadOptions#year()}, else the year of a full date on
 * the page ("14 January 2031", "January 14, 2031") that falls on a post's day; a bare year in
 * a sentence is not taken. The story's title is the file name, as the page prints none: see
 * {@link ReadOptions} for its slug. Posts get ids by {@link Post#idFor}; their position is
 * their rank among the page's headers, which is their printed number.
 * <pre>
 * ReadResult result = new PlainTextLivePageReader()
 *         .read(LivePageFiles.source(Path.of("harbour.txt"), ReadOptions.none().withYear(2031)));
 * </pre>
 * Stateless: one instance may read any number of pages, from any thread.
 */
public final class PlainTextLivePageReader implements StoryReader {

    @Override
    public ReadResult read(PageSource source) {
        String name = source.name();
        if (source.text().isEmpty()) {
            throw new PageRefused(name, "the file is empty");
        }
        Text.requireText(name, source.text());
        List<String> lines = source.text().lines().toList();
        List<Integer> headers = IntStream.range(0, lines.size())
                .filter(i -> PostDraft.isHeader(lines.get(i)))
                .boxed()
                .toList();
        if (headers.isEmpty()) {
            throw new PageRefused(name, 1, "no post in its " + lines.size() + " line(s): a post starts with"
                    + " a numbered headline glued to \"published at HH:MM British Summer Time D Month\"");
        }
        List<ReadProblem> problems = new ArrayList<>();
        List<PostDraft> drafts = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            int end = k + 1 < headers.size() ? headers.get(k + 1) : lines.size();
            try {
                drafts.add(PostDraft.read(lines, headers.get(k), end, k + 1));
            } catch (PostRefused e) {
                problems.add(e.problem());
            }
        }
        Story story = StoryNames.story(source);
        List<Post> posts = drafts.isEmpty() ? List.of() : posts(story, drafts, year(source, drafts), problems);
        problems.sort(Comparator.comparingInt(ReadProblem::line));
        return new ReadResult(story, posts, problems);
    }

    /** The caller's year, else that of a full date on the page that falls on a post's day. */
    private static int year(PageSource source, List<PostDraft> drafts) {
        OptionalInt given = source.options().year();
        if (given.isPresent()) {
            return given.getAsInt();
        }
        Set<MonthDay> days = drafts.stream().map(d -> d.local().day()).collect(Collectors.toSet());
        PostDraft first = drafts.get(0);
        return PageDates.yearOf(source.text(), days).orElseThrow(() -> new PageRefused(source.name(), first.line(),
                "no year: the posts print their day (" + first.local().dayText() + ") without one, and the page"
                        + " has no full date such as \"" + first.local().dayText() + " YYYY\" on a post's day:"
                        + " pass --year"));
    }

    /** The posts in page order; those whose times cannot be settled go to the problems. */
    private static List<Post> posts(Story story, List<PostDraft> drafts, int year, List<ReadProblem> problems) {
        // Ids count the posts of one minute oldest first, and the oldest is at the bottom.
        Map<String, Integer> seenPerMinute = new HashMap<>();
        Deque<Post> posts = new ArrayDeque<>();
        for (int i = drafts.size() - 1; i >= 0; i--) {
            try {
                OffsetDateTime publishedAt = drafts.get(i).publishedAt(year);
                int ordinal = seenPerMinute.merge(Post.idFor(publishedAt, 1), 1, Integer::sum);
                posts.addFirst(drafts.get(i).toPost(story, Post.idFor(publishedAt, ordinal), publishedAt));
            } catch (PostRefused e) {
                problems.add(e.problem());
            }
        }
        return List.copyOf(posts);
    }
}
