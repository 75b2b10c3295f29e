package org.newsgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.extract.event.Events;
import org.newsgraph.ingest.pipeline.Capability;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;

/**
 * Meetings, pledges, accusations, statements, visits and attacks of each post, one event per
 * real-world event across the story's posts (see {@code extract.event.Events}).
 */
public final class EventExtractor implements Extractor {
    private final StoryAnalysis.Cache cache;

    /** A stage with its own annotation cache. */
    public EventExtractor() {
        this(new StoryAnalysis.Cache());
    }

    EventExtractor(StoryAnalysis.Cache cache) {
        this.cache = cache;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.ENTITIES);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.EVENTS);
    }

    @Override
    public List<PostFacts> extract(List<PostFacts> posts, Warnings warnings) {
        if (posts.isEmpty()) {
            return posts;
        }
        List<Post> story = posts.stream().map(PostFacts::post).toList();
        StoryAnalysis analysis = cache.get(story, warnings);
        List<List<Event>> events;
        try {
            events = Events.find(analysis.entities, story);
        } catch (RuntimeException e) {
            warnings.add("events-failed", story.get(0).story().slug(), "events could not be extracted: " + e);
            return posts;
        }
        List<PostFacts> out = new ArrayList<>();
        for (int p = 0; p < posts.size(); p++) {
            PostFacts facts = posts.get(p);
            List<Event> all = new ArrayList<>(facts.events());
            all.addAll(events.get(p));
            out.add(new PostFacts(facts.post(), EntityExtractor.merge(facts.entities(), analysis.entities.entitiesOf(p)), all));
        }
        return out;
    }
}
