package org.newsgraph.ingest.extract.entity;

import java.util.Optional;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** "the Peruvian government", "Chad's government": a country's government is an organisation of that country. */
final class Governments extends SentencePass {
    @Override
    void apply(Mentions m, StoryText t, Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            if (!s.tok(i).lower().equals("government") || t.claimed(s, i)) {
                continue;
            }
            int start = i - 1;
            Optional<String> country = Lexicon.countryOfDemonym(s.tok(start).word());
            if (country.isEmpty() && s.tok(start).pos().equals("POS") && start > 0) {
                start--;
                country = Lexicon.country(s.tok(start).word());
            }
            if (country.isPresent()) {
                EntityMention o = t.add(s, start, i + 1, EntityMention.How.NAME, null);
                o.ent = Mentions.named(m.ent(EntityKind.ORGANISATION, Lexicon.demonym(country.get()) + " government"), o.surface);
                o.ent.country = m.country(country.get());
                t.claim(s, i, i + 1);
            }
        }
    }
}
