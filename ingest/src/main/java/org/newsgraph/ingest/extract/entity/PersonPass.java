package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** A pass that reads around each person named in any text of the story (not a pronoun or a title alone). */
abstract class PersonPass implements ResolutionPass {
    @Override
    public void apply(Mentions m) {
        for (StoryText t : m.texts()) {
            for (EntityMention o : new ArrayList<>(t.occs)) {
                if (o.ent != null && o.ent.kind == EntityKind.PERSON && o.how == EntityMention.How.NAME) {
                    apply(m, t, t.sentences().get(o.sent), o);
                }
            }
        }
    }

    abstract void apply(Mentions m, StoryText t, Sentence s, EntityMention person);

    /** Records that the person holds the title; a title held in a country also makes it the person's country. */
    static void hold(StoryEntity person, Titles.Title title) {
        person.roles.add(new StoryEntity.RoleOf(title.text(), title.of()));
        if (title.of() != null && title.of().kind == EntityKind.COUNTRY && person.country == null) {
            person.country = title.of();
        }
    }
}
