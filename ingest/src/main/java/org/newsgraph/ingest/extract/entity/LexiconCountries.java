package org.newsgraph.ingest.extract.entity;

import java.util.Optional;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * Names the lexicon knows that the tagger splits or misses: countries of several words ("DR Congo",
 * "Bosnia and Herzegovina"), the longest run it knows, and well-known organisations by their short name ("AU").
 */
final class LexiconCountries extends SentencePass {
    private static final int LONGEST = 7;

    @Override
    void apply(Mentions m, StoryText t, Sentence s) {
        int i = 0;
        while (i < s.size()) {
            int end = 0;
            Optional<String> found = Optional.empty();
            for (int j = Math.min(s.size(), i + LONGEST); j > i + 1 && found.isEmpty(); j--) {
                if (s.tok(i).capitalised() && !s.tok(i).pos().equals("DT") && s.tok(j - 1).capitalised() && !t.claimed(s, i)) {
                    found = Lexicon.country(s.span(t.text(), i, j));
                    end = j;
                }
            }
            if (found.isPresent()) {
                String surface = s.span(t.text(), i, end);
                t.add(s, i, end, EntityMention.How.NAME, Mentions.named(m.country(found.get()), surface));
                t.claim(s, i, end);
                i = end;
            } else {
                knownOrganisation(m, t, s, i);
                i++;
            }
        }
    }

    private static void knownOrganisation(Mentions m, StoryText t, Sentence s, int i) {
        String word = s.tok(i).word();
        if (s.tok(i).ner().equals("O") && word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                && !t.claimed(s, i)) {
            Lexicon.organisation(word).ifPresent(label -> {
                t.add(s, i, i + 1, EntityMention.How.NAME,
                        Mentions.named(m.ent(org.newsgraph.core.entity.EntityKind.ORGANISATION, label), word));
                t.claim(s, i, i + 1);
            });
        }
    }
}
