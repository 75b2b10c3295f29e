package org.newsgraph.ingest.extract.entity;

import java.util.Optional;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** Countries of several words the tagger splits ("DR Congo", "Bosnia and Herzegovina"): the longest run the lexicon knows as a country. */
final class LexiconCountries extends SentencePass {
    private static final int LONGEST = 7;

    @Override
    void apply(Mentions m, StoryText t, Sentence s) {
        int i = 0;
        while (i < s.size()) {
            int end = 0;
            Optional<String> found = Optional.empty();
            for (int j = Math.min(s.size(), i + LONGEST); j > i + 1 && found.isEmpty(); j--) {
                if (s.tok(i).capitalised() && s.tok(j - 1).capitalised() && !t.claimed(s, i)) {
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
                i++;
            }
        }
    }
}
