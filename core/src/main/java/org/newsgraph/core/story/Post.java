package org.newsgraph.core.story;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.newsgraph.core.slug.SlugSyntax;

/**
 * One post (update) of a live page, as published.
 *
 * @param story       the story it belongs to
 * @param id          its identifier within the story, stable while the page grows: see {@link #idFor}
 * @param position    its order on the page, 1 at the top (newest)
 * @param headline    its title
 * @param body        its text: paragraphs separated by a blank line, without image captions
 * @param publishedAt when it was published, in the page's local time with its UTC offset
 * @param authors     its bylines, often none
 * @param breaking    whether it was marked as breaking news
 * @param images      its pictures
 * @param line        the line of the source where the post starts (1-based), for messages
 */
public record Post(Story story, String id, int position, String headline, String body,
                   OffsetDateTime publishedAt, List<Byline> authors, boolean breaking,
                   List<Image> images, int line) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    public Post {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(publishedAt, "publishedAt");
        authors = List.copyOf(authors);
        images = List.copyOf(images);
        if (id == null || !SlugSyntax.isSlug(id)) {
            throw new IllegalArgumentException("not a post id: " + id);
        }
        if (position < 1) {
            throw new IllegalArgumentException("position starts at 1: " + position);
        }
    }

    /**
     * The id of a post: its publication minute in UTC ({@code 202504111312}), with
     * {@code -2}, {@code -3} for further posts of the same minute, counted oldest first.
     * Unlike the position, it does not change when newer posts are added above it.
     */
    public static String idFor(OffsetDateTime publishedAt, int sameMinuteOrdinal) {
        String minute = publishedAt.withOffsetSameInstant(ZoneOffset.UTC).format(MINUTE);
        return sameMinuteOrdinal <= 1 ? minute : minute + "-" + sameMinuteOrdinal;
    }
}
