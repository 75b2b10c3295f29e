package org.newsgraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.extract.entity.StoryEntities;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.pipeline.AnnotatedStory;
import org.newsgraph.ingest.pipeline.Capability;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;

/**
 * The people, organisations, countries and places of each post, resolved across the story, with
 * the roles people hold. Reads the {@link TextAnnotator}'s texts; adds the entities to each post's
 * facts and the resolved mentions to the story as {@link #MENTIONS}, for the {@link EventExtractor}.
 */
public final class EntityExtractor implements Extractor {
    /** The story's entities and where each sentence mentions them. */
    static final AnnotatedStory.Key<StoryEntities> MENTIONS = AnnotatedStory.Key.of("entity mentions", StoryEntities.class);

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.ANNOTATION);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.ENTITIES, Capability.ROLES);
    }

    @Override
    public AnnotatedStory extract(AnnotatedStory story, Warnings warnings) {
        PostTexts texts = story.get(TextAnnotator.TEXTS);
        List<PostFacts> posts = story.posts();
        StoryEntities entities = StoryEntities.resolve(texts.bodies(), texts.captions(),
                posts.stream().map(f -> f.post().authors()).toList());
        return story.with(MENTIONS, entities).withPosts(withEntities(posts, entities));
    }

    /** Each post's facts with the entities it mentions added (events mention some more). */
    static List<PostFacts> withEntities(List<PostFacts> posts, StoryEntities entities) {
        List<PostFacts> out = new ArrayList<>();
        for (int p = 0; p < posts.size(); p++) {
            PostFacts facts = posts.get(p);
            out.add(new PostFacts(facts.post(), merge(facts.entities(), entities.entitiesOf(p)), facts.events()));
        }
        return out;
    }

    private static List<Entity> merge(List<Entity> had, List<StoryEntity> found) {
        Map<String, Entity> byIdentity = new LinkedHashMap<>();
        for (Entity e : had) {
            byIdentity.put(IriMinter.identity(e), e);
        }
        for (StoryEntity e : found) {
            Entity entity = e.toEntity();
            byIdentity.putIfAbsent(IriMinter.identity(entity), entity);
        }
        return new ArrayList<>(byIdentity.values());
    }
}
