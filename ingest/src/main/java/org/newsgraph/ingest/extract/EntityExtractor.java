package org.newsgraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.entity.Entity;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.extract.entity.StoryEntity;
import org.newsgraph.ingest.pipeline.Capability;
import org.newsgraph.ingest.pipeline.Extractor;
import org.newsgraph.ingest.pipeline.Warnings;

/**
 * The people, organisations, countries and places of each post, resolved across the story, with
 * the roles people hold. Uses CoreNLP (see {@code extract.nlp.Nlp}); the annotation is shared
 * with the {@link EventExtractor} made by the same {@link StandardExtraction#extractors()} call.
 */
public final class EntityExtractor implements Extractor {
    private final StoryAnalysis.Cache cache;

    /** A stage with its own annotation cache. */
    public EntityExtractor() {
        this(new StoryAnalysis.Cache());
    }

    EntityExtractor(StoryAnalysis.Cache cache) {
        this.cache = cache;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.POSTS);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.ENTITIES, Capability.ROLES);
    }

    @Override
    public List<PostFacts> extract(List<PostFacts> posts, Warnings warnings) {
        if (posts.isEmpty()) {
            return posts;
        }
        List<Post> story = posts.stream().map(PostFacts::post).toList();
        StoryAnalysis analysis = cache.get(story, warnings);
        List<PostFacts> out = new ArrayList<>();
        for (int p = 0; p < posts.size(); p++) {
            PostFacts facts = posts.get(p);
            out.add(new PostFacts(facts.post(), merge(facts.entities(), analysis.entities.entitiesOf(p)), facts.events()));
        }
        return out;
    }

    static List<Entity> merge(List<Entity> had, List<StoryEntity> found) {
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
