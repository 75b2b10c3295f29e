package org.newsgraph.ingest.extract.entity;

import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** "Russia's sovereign wealth fund": an institution named only by its country and lower-case words is an organisation of that country. */
final class CountryInstitutions extends SentencePass {
    private static final Set<String> INSTITUTION = Set.of("fund", "bank", "agency", "company", "corporation",
            "council", "committee", "commission", "parliament", "court", "service", "army", "navy");

    @Override
    void apply(Mentions m, StoryText t, Sentence s) {
        for (int i = 3; i < s.size(); i++) {
            if (!INSTITUTION.contains(s.tok(i).lower())) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && !s.tok(k).capitalised() && (s.tok(k).pos().startsWith("NN") || s.tok(k).pos().startsWith("JJ"))) {
                k--;
            }
            if (k < i - 1 && k >= 1 && s.tok(k).pos().equals("POS") && Lexicon.country(s.tok(k - 1).word()).isPresent()) {
                EntityMention o = t.add(s, k - 1, i + 1, EntityMention.How.NAME, null);
                o.ent = Mentions.named(m.ent(EntityKind.ORGANISATION, o.surface), o.surface);
                o.ent.country = m.country(Lexicon.country(s.tok(k - 1).word()).get());
                t.claim(s, k, i + 1);
            }
        }
    }
}
