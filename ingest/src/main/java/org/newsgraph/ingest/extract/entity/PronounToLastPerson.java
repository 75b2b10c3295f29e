package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Quotes;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * "he"/"she" outside quotation marks: the first person the sentence names before it (not a possessor,
 * as in "Donald Trump's envoy Steve Witkoff"), else the person the nearest sentence before was about.
 */
final class PronounToLastPerson implements ResolutionPass {
    private static final Set<String> PRONOUNS = Set.of("he", "she");

    @Override
    public void apply(Mentions m) {
        for (StoryText t : m.bodies) {
            t.occs.sort(Comparator.comparingInt((EntityMention o) -> o.sent).thenComparingInt(o -> o.from));
            StoryEntity salient = null;
            for (Sentence s : t.sentences()) {
                boolean[] quoted = Quotes.inside(t.text(), s);
                StoryEntity first = null;
                List<EntityMention> added = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) {
                    EntityMention o = t.covering(s.index(), i);
                    if (o != null && o.ent.kind == EntityKind.PERSON && !quoted[i] && first == null
                            && !(o.to < s.size() && s.tok(o.to).pos().equals("POS"))) {
                        first = o.ent;
                    }
                    StoryEntity target = first != null ? first : salient;
                    if (PRONOUNS.contains(s.tok(i).lower()) && !quoted[i] && o == null && target != null) {
                        added.add(new EntityMention(t.post, s.index(), i, i + 1, EntityMention.How.PRONOUN, s.tok(i).word(), target));
                        first = target;
                    }
                }
                t.occs.addAll(added);
                if (first != null) {
                    salient = first;
                }
            }
        }
    }
}
