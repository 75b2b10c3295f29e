package org.newsgraph.ingest.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.event.Event;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.core.story.Story;
import org.newsgraph.ingest.pipeline.AnnotatedStory;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;

/** Small stories written for the tests, run through the standard extraction. */
final class Stories {
    static final OffsetDateTime FRIDAY = OffsetDateTime.parse("2025-04-11T12:00:00+01:00");
    private static final Story STORY = new Story("test-story", "A test story", Optional.empty());

    private Stories() {}

    /** A post of the test story; position from 1, the newest first. */
    static Post post(int position, String body, Byline... authors) {
        return new Post(STORY, Post.idFor(FRIDAY.minusMinutes(position), 1), position, "Headline " + position, body,
                FRIDAY.minusMinutes(position), List.of(authors), false, List.of(), 10 * position);
    }

    static Post post(int position, String body, List<Image> images) {
        return new Post(STORY, Post.idFor(FRIDAY.minusMinutes(position), 1), position, "Headline " + position, body,
                FRIDAY.minusMinutes(position), List.of(), false, images, 10 * position);
    }

    /** Runs the standard extractors over posts given newest first. */
    static List<PostFacts> extract(Warnings warnings, Post... posts) {
        List<PostFacts> facts = new ArrayList<>();
        for (Post p : posts) {
            facts.add(PostFacts.of(p));
        }
        AnnotatedStory story = AnnotatedStory.of(facts);
        for (Extractor e : StandardExtraction.extractors()) {
            story = e.extract(story, warnings);
        }
        return story.posts();
    }

    /** The facts of one post made of the given text. */
    static PostFacts one(String body) {
        return extract(new Warnings(), post(1, body)).get(0);
    }

    static <T extends Event> List<T> events(PostFacts facts, Class<T> type) {
        return facts.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends Event> List<T> events(List<PostFacts> facts, Class<T> type) {
        List<T> out = new ArrayList<>();
        facts.forEach(f -> out.addAll(events(f, type)));
        return out;
    }

    static List<String> labels(List<? extends Entity> entities) {
        return entities.stream().map(Entity::label).toList();
    }

    static <T extends Entity> Optional<T> entity(PostFacts facts, Class<T> type, String label) {
        return facts.entities().stream().filter(type::isInstance).map(type::cast).filter(e -> e.label().equals(label)).findFirst();
    }
}
