package org.newsgraph.core.story;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.event.Event;

/**
 * Everything newsgraph stores about one post: the post, the entities it mentions and the
 * events it reports. Stored as one named graph, so that storing it again replaces exactly
 * what the post said before.
 */
public record PostFacts(Post post, List<Entity> entities, List<Event> events) {
    public PostFacts {
        Objects.requireNonNull(post, "post");
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /** The post alone, before any extraction. */
    public static PostFacts of(Post post) {
        return new PostFacts(post, List.of(), List.of());
    }
}
