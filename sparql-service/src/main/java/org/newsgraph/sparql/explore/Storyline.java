package org.newsgraph.sparql.explore;

import java.util.List;

/**
 * A story's events in order, each with the other stories that report the same event.
 *
 * @param total  how many events the story reports; {@code events} holds at most the limit asked for
 */
public record Storyline(StoryRef story, int total, List<Entry> events) {

    /** One event of the story, and the other stories that report it (by their first report). */
    public record Entry(EventItem event, List<StoryRef> otherStories) {}
}
