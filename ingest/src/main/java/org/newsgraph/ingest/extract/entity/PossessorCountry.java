package org.newsgraph.ingest.extract.entity;

import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** "Germany's Boris Pistorius": a country's possessive before a name says whom the person acts for. */
final class PossessorCountry extends PersonPass {
    @Override
    void apply(Mentions m, StoryText t, Sentence s, EntityMention o) {
        if (o.from < 2 || !s.tok(o.from - 1).pos().equals("POS")) {
            return;
        }
        EntityMention owner = t.endingAt(o.sent, o.from - 1);
        if (owner != null && owner.ent != null && owner.ent.kind == EntityKind.COUNTRY) {
            o.ent.country = owner.ent;
            o.ent.alias(s.span(t.text(), owner.from, o.to));
        }
    }
}
