package org.newsgraph.ingest.extract.entity;

import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * "UK Defence Secretary John Healey", "Germany's defence minister, Boris Pistorius,", "our Ukraine
 * correspondent James Waterhouse": a title just before a name is the person's, held in what owns the title.
 */
final class TitleBeforeName extends PersonPass {
    @Override
    void apply(Mentions m, StoryText t, Sentence s, EntityMention o) {
        int end = o.from;
        while (end > 0 && PersonNames.HONORIFICS.contains(s.tok(end - 1).lower())) {
            end--;
        }
        if (end > 0 && s.tok(end - 1).word().equals(",") && o.to < s.size() && s.tok(o.to).word().equals(",")) {
            end--;
        }
        Titles.Title title = Titles.before(m, t, s, end);
        if (title != null) {
            hold(o.ent, title);
            o.ent.alias(s.span(t.text(), title.from(), o.to));
        }
    }
}
