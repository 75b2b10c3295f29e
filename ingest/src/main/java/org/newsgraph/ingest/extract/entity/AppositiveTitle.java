package org.newsgraph.ingest.extract.entity;

import org.newsgraph.ingest.extract.nlp.Sentence;

/** "Maria Lopez, head of Mexico's central bank,": an appositive title after a name, held in what follows "of" or "at". */
final class AppositiveTitle extends PersonPass {
    @Override
    void apply(Mentions m, StoryText t, Sentence s, EntityMention o) {
        Titles.Title title = Titles.after(m, t, s, o.to);
        if (title != null) {
            hold(o.ent, title);
        }
    }
}
