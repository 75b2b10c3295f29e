package org.newsgraph.ingest.extract.entity;

import org.newsgraph.core.entity.EntityKind;

/** A name of two words or more the tagger gave as a person is that person, one entity per spelling. */
final class FullNameToPerson implements ResolutionPass {
    @Override
    public void apply(Mentions m) {
        for (StoryText t : m.texts()) {
            for (EntityMention o : t.occs) {
                if (o.ent == null && o.surface.contains(" ")) {
                    o.ent = named(m.ent(EntityKind.PERSON, o.surface), o.surface);
                }
            }
        }
    }

    /** The person, counted as named by the text with this surface form. */
    static StoryEntity named(StoryEntity person, String surface) {
        person.named = true;
        person.mentions++;
        person.alias(surface);
        return person;
    }
}
