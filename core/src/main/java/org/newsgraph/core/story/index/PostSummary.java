package org.newsgraph.core.story.index;

import java.time.OffsetDateTime;

/** One post of the story index: its IRI, its position on the page (0 when unknown), headline and time. */
public record PostSummary(String iri, int position, String headline, OffsetDateTime publishedAt) {
}
