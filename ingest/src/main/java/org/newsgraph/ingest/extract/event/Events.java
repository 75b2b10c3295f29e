package org.newsgraph.ingest.extract.event;

import java.util.List;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.story.Post;
import org.newsgraph.ingest.extract.entity.StoryEntities;

/**
 * The events of a story: found sentence by sentence, then merged so that one real-world event
 * reported in several posts is one event (one key) with a mention in each.
 * <pre>
 *   List&lt;List&lt;Event&gt;&gt; perPost = Events.find(entities, posts);
 * </pre>
 */
public final class Events {
    private Events() {}

    /** One list of events per post, in the posts' order. */
    public static List<List<Event>> find(StoryEntities entities, List<Post> posts) {
        EventRules rules = EventRules.standard();
        return new EventMerger(rules, entities).merge(new EventFinder(rules, entities, posts).run());
    }
}
