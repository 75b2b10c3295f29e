package org.newsgraph.ingest.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.story.Byline;
import org.newsgraph.ingest.extract.nlp.Nlp;
import org.newsgraph.ingest.extract.nlp.PostDoc;

/** A story of posts written for a test, annotated by the one CoreNLP pipeline of the JVM and resolved. */
final class WrittenStory {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    private final StoryEntities entities;

    private WrittenStory(StoryEntities entities) {
        this.entities = entities;
    }

    /** The posts' bodies, newest first, resolved by every pass. */
    static WrittenStory of(String... bodies) {
        return of(StoryEntities.PASSES, List.of(), bodies);
    }

    /** Resolved by the given passes only, with one post's bylines. */
    static WrittenStory of(List<ResolutionPass> passes, List<Byline> bylines, String... bodies) {
        List<PostDoc> docs = new ArrayList<>();
        List<List<PostDoc>> captions = new ArrayList<>();
        List<List<Byline>> authors = new ArrayList<>();
        for (String body : bodies) {
            docs.add(Nlp.get().annotate(body, DAY, false));
            captions.add(List.of());
            authors.add(authors.isEmpty() ? bylines : List.of());
        }
        return new WrittenStory(StoryEntities.resolve(docs, captions, authors, passes));
    }

    StoryEntities entities() {
        return entities;
    }

    /** The entity of that kind and label (or alias) that some post mentions. */
    Optional<StoryEntity> find(EntityKind kind, String name) {
        for (int p = 0; p < entities.size(); p++) {
            for (StoryEntity e : entities.entitiesOf(p)) {
                if (e.kind() == kind && (e.label().equals(name) || e.aliases().contains(name))) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    StoryEntity get(EntityKind kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + all()));
    }

    /** Whether the person so named holds a title (compared without case) in the entity so labelled. */
    boolean holds(String person, String title, String of) {
        return get(EntityKind.PERSON, person).roles().stream().anyMatch(r -> r.title().equalsIgnoreCase(title)
                && r.of() != null && r.of().label().equals(of));
    }

    List<StoryEntity> all() {
        List<StoryEntity> out = new ArrayList<>();
        for (int p = 0; p < entities.size(); p++) {
            entities.entitiesOf(p).stream().filter(e -> !out.contains(e)).forEach(out::add);
        }
        return out;
    }

    String roles(String person) {
        return get(EntityKind.PERSON, person).roles().toString();
    }
}
