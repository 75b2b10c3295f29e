package org.newsgraph.core.story;

import java.util.Objects;
import org.newsgraph.core.slug.SlugSyntax;
import java.util.Optional;

/**
 * One live page: a stream of posts under one title.
 *
 * @param slug  the story's identifier in IRIs ({@code id/story/<slug>}); lower-case letters, digits and dashes
 * @param title the page's title; for a page that prints none, the name it was read from
 * @param url   where the page was published, when known
 */
public record Story(String slug, String title, Optional<String> url) {
    public Story {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        if (slug == null || !SlugSyntax.isSlug(slug)) {
            throw new IllegalArgumentException("not a slug: " + slug);
        }
    }
}
