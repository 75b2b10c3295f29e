package org.newsgraph.ingest.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * A post of the gold page, as annotated.
 *
 * @param position    1 for the top (newest) post
 * @param headline    its title
 * @param publishedAt its British time with its offset, as the gold writes it ("2025-04-11T14:12:00+01:00")
 * @param authors     its bylines
 * @param breaking    whether it is marked as breaking news
 */
public record GoldPost(int position, String headline, String publishedAt, List<String> authors, boolean breaking) {
    public GoldPost {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(publishedAt, "publishedAt");
        authors = List.copyOf(authors);
    }
}
