package org.newsgraph.core.story.index;

import java.time.OffsetDateTime;

/** One entry of the story index: a story, its number of posts and the time they span. */
public record StorySummary(String iri, String title, long posts, OffsetDateTime first, OffsetDateTime last) {
}
