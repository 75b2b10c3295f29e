package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.entity.EntityKind;

/**
 * A name of one word ("Healey") is the one person of the story whose full name ends with it ("al-Sisi"
 * also answers to "Sisi"); of several, the one the same post names in full, if only one; with none, a
 * person of its own. A name no person can be chosen for is dropped: two people who share a surname are never merged.
 */
final class SurnameToFullName implements ResolutionPass {
    @Override
    public void apply(Mentions m) {
        Map<String, List<StoryEntity>> bySurname = new HashMap<>();
        for (StoryEntity e : m.people(e -> e.label.contains(" "))) {
            String[] parts = Lexicon.key(e.label).split(" ");
            String last = parts[parts.length - 1];
            bySurname.computeIfAbsent(last, x -> new ArrayList<>()).add(e);
            int dash = last.indexOf('-');
            if (dash > 0 && dash <= 3) {
                bySurname.computeIfAbsent(last.substring(dash + 1), x -> new ArrayList<>()).add(e);
            }
        }
        for (StoryText t : m.texts()) {
            for (EntityMention o : t.occs) {
                if (o.ent != null) {
                    continue;
                }
                List<StoryEntity> c = bySurname.getOrDefault(Lexicon.key(o.surface), List.of());
                StoryEntity e = c.size() == 1 ? c.get(0)
                        : c.isEmpty() ? m.ent(EntityKind.PERSON, o.surface)
                        : namedInFull(m.bodies.get(o.post), o, c);
                if (e != null) {
                    o.ent = FullNameToPerson.named(e, o.surface);
                }
            }
        }
        for (StoryText t : m.texts()) {
            t.occs.removeIf(o -> o.ent == null);
        }
    }

    /** Of several people sharing a surname, the one named in full in the same post, if only one is. */
    private static StoryEntity namedInFull(StoryText body, EntityMention o, List<StoryEntity> candidates) {
        StoryEntity found = null;
        for (EntityMention other : body.occs) {
            if (other != o && candidates.contains(other.ent)) {
                if (found != null && found != other.ent) {
                    return null;
                }
                found = other.ent;
            }
        }
        return found;
    }
}
