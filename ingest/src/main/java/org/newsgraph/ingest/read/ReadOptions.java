package org.newsgraph.ingest.read;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.newsgraph.core.slug.SlugSyntax;

/**
 * What the caller knows about a page that the page may not say.
 * <pre>
 * ReadOptions.none().withYear(2025).withStoryUrl("https://example.org/news/live/harbour-storm")
 * </pre>
 *
 * @param year      the year of the posts (four digits), for pages that print dates without one
 * @param storyUrl  where the page was published; also the story's slug when none is given
 * @param storySlug the story's slug, overriding the one taken from the URL or the file name
 */
public record ReadOptions(OptionalInt year, Optional<String> storyUrl, Optional<String> storySlug) {
    public ReadOptions {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(storyUrl, "storyUrl");
        Objects.requireNonNull(storySlug, "storySlug");
        if (year.isPresent() && (year.getAsInt() < 1000 || year.getAsInt() > 9999)) {
            throw new IllegalArgumentException("not a four-digit year: " + year.getAsInt());
        }
        storyUrl.ifPresent(url -> {
            if (!URI.create(url).isAbsolute()) {
                throw new IllegalArgumentException("not an absolute URL: " + url);
            }
        });
        storySlug.ifPresent(slug -> {
            if (!SlugSyntax.isSlug(slug)) {
                throw new IllegalArgumentException("not a slug (lower-case letters, digits, dashes): " + slug);
            }
        });
    }

    /** No year, no URL, no slug. */
    public static ReadOptions none() {
        return new ReadOptions(OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    /** These options with the posts' year. */
    public ReadOptions withYear(int year) {
        return new ReadOptions(OptionalInt.of(year), storyUrl, storySlug);
    }

    /** These options with the page's URL. */
    public ReadOptions withStoryUrl(String url) {
        return new ReadOptions(year, Optional.of(url), storySlug);
    }

    /** These options with the story's slug. */
    public ReadOptions withStorySlug(String slug) {
        return new ReadOptions(year, storyUrl, Optional.of(slug));
    }
}
