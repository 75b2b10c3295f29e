package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.story.Byline;
import org.newsgraph.ingest.extract.nlp.PostDoc;

/**
 * The model every {@link ResolutionPass} reads and refines: the texts of a story with their mentions,
 * the story's entities by kind and name, its bylines and, once found, its publisher. Mutable and
 * confined to the thread that resolves the story.
 */
final class Mentions {
    final List<StoryText> bodies = new ArrayList<>();
    final List<List<StoryText>> captions = new ArrayList<>();
    final List<List<Byline>> bylines;
    final Map<String, StoryEntity> ents = new LinkedHashMap<>();
    /** Entities a post mentions other than by a mention in its text (its bylines, an event's arguments). */
    final Map<Integer, Set<StoryEntity>> extra = new HashMap<>();
    StoryEntity publisher;
    /** For a person given an office of no named country, the country the sentence named just before it. */
    final Map<StoryEntity, StoryEntity> officeCountry = new HashMap<>();

    Mentions(List<PostDoc> bodies, List<List<PostDoc>> captions, List<List<Byline>> bylines) {
        for (int p = 0; p < bodies.size(); p++) {
            this.bodies.add(new StoryText(p, bodies.get(p)));
            List<StoryText> caps = new ArrayList<>();
            for (PostDoc c : captions.get(p)) {
                caps.add(new StoryText(p, c));
            }
            this.captions.add(caps);
        }
        this.bylines = bylines;
    }

    /** Every text in page order: each post's body, then its captions. */
    List<StoryText> texts() {
        List<StoryText> out = new ArrayList<>();
        for (int p = 0; p < bodies.size(); p++) {
            out.add(bodies.get(p));
            out.addAll(captions.get(p));
        }
        return out;
    }

    /** Marks an entity as mentioned by a post. */
    void mention(int post, StoryEntity e) {
        extra.computeIfAbsent(post, k -> new LinkedHashSet<>()).add(e);
    }

    /** The entity of that kind and name, made on first use. */
    StoryEntity ent(EntityKind kind, String name) {
        String label = name.replaceAll("[\\s\u00A0]+", " ").strip();
        return ents.computeIfAbsent(kind + "|" + Lexicon.key(label), x -> new StoryEntity(kind, label));
    }

    StoryEntity country(String label) {
        return ent(EntityKind.COUNTRY, label);
    }

    /** The entity, counted as named by the text with this surface form (an alias when it differs). */
    static StoryEntity named(StoryEntity e, String surface) {
        e.named = true;
        e.mentions++;
        if (!Lexicon.key(surface).equals(Lexicon.key(e.label))) {
            e.alias(surface.replaceAll("(?:'s|’s)$", ""));
        }
        return e;
    }

    /** Makes every mention of {@code from} one of {@code into}, whose alias its name becomes. */
    void merge(StoryEntity from, StoryEntity into) {
        if (from == into) {
            return;
        }
        for (StoryText t : texts()) {
            for (EntityMention o : t.occs) {
                if (o.ent == from) {
                    o.ent = into;
                }
            }
        }
        into.alias(from.label);
        from.aliases.forEach(into::alias);
        into.named |= from.named;
        into.mentions += from.mentions;
        ents.values().remove(from);
    }

    /** The people of the story that match. */
    List<StoryEntity> people(Predicate<StoryEntity> test) {
        List<StoryEntity> out = new ArrayList<>();
        for (StoryEntity e : ents.values()) {
            if (e.kind == EntityKind.PERSON && test.test(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
