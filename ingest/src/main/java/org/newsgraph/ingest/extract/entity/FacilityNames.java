package org.newsgraph.ingest.extract.entity;

import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** Facilities the tagger does not give: "the Zaporizhzhia nuclear power plant" is a place, "Zaporizhzhia" its alias. */
final class FacilityNames extends SentencePass {
    private static final Set<String> FACILITY = Set.of("facility", "plant", "station", "substation", "airport",
            "port", "base", "airbase", "refinery", "dam", "bridge", "hospital", "depot", "terminal", "factory",
            "complex", "mine", "pipeline", "reactor", "prison", "stadium", "palace", "cathedral", "embassy", "camp", "clinic",
            "market", "warehouse", "harbour");

    @Override
    void apply(Mentions m, StoryText t, Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            if (!FACILITY.contains(s.tok(i).lower())) {
                continue;
            }
            // the <Proper name> [at most two common nouns] <facility>
            int k = i - 1;
            while (k >= 0 && !s.tok(k).capitalised() && s.tok(k).pos().startsWith("NN") && i - k <= 2) {
                k--;
            }
            int end = k + 1;
            while (k >= 0 && s.tok(k).pos().startsWith("NNP") && s.tok(k).capitalised()
                    && Lexicon.country(s.tok(k).word()).isEmpty() && Lexicon.countryOfDemonym(s.tok(k).word()).isEmpty()) {
                k--;
            }
            if (k + 1 < end && k >= 0 && (s.tok(k).lower().equals("the") || s.tok(k).lower().equals("an") || s.tok(k).lower().equals("a"))) {
                EntityMention o = t.add(s, k + 1, i + 1, EntityMention.How.NAME, null);
                o.ent = Mentions.named(m.ent(EntityKind.PLACE, o.surface), o.surface);
                o.ent.alias(s.span(t.text(), k + 1, end));
                t.claim(s, k + 1, i + 1);
            }
        }
    }
}
