package org.newsgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.extract.entity.StoryEntities;
import org.newsgraph.ingest.extract.event.Events;
import org.newsgraph.ingest.pipeline.AnnotatedStory;
import org.newsgraph.ingest.pipeline.Capability;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;

/**
 * Meetings, pledges, accusations, statements, visits and attacks of each post, one event per
 * real-world event across the story's posts (see {@code extract.event.Events}). Reads the parsed
 * sentences and the {@link EntityExtractor}'s mentions.
 */
public final class EventExtractor implements Extractor {
    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.ANNOTATION, Capability.ENTITIES);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.EVENTS);
    }

    @Override
    public AnnotatedStory extract(AnnotatedStory story, Warnings warnings) {
        List<PostFacts> posts = story.posts();
        if (posts.isEmpty()) {
            return story;
        }
        StoryEntities entities = story.get(EntityExtractor.MENTIONS);
        List<Post> found = posts.stream().map(PostFacts::post).toList();
        List<List<Event>> events;
        try {
            events = Events.find(entities, found);
        } catch (RuntimeException e) {
            warnings.add("events-failed", found.get(0).story().slug(), "events could not be extracted: " + e);
            return story;
        }
        List<PostFacts> out = new ArrayList<>();
        for (int p = 0; p < posts.size(); p++) {
            PostFacts facts = posts.get(p);
            List<Event> all = new ArrayList<>(facts.events());
            all.addAll(events.get(p));
            out.add(new PostFacts(facts.post(), facts.entities(), all));
        }
        // the events mention entities the entity stage had not counted as the post's own
        return story.withPosts(EntityExtractor.withEntities(out, entities));
    }
}
