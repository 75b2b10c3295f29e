package org.newsgraph.ingest.extract.entity;

import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Names the tagger left untagged: a demonym ("Tajik forces") stands for its country; a capital
 * ("for Kyiv") or a name before "region"/"oblast", also in "the Kursk and Bryansk regions", is read as a place.
 */
final class UntaggedNames extends SentencePass {
    private static final PlaceNames PLACES = new PlaceNames();

    @Override
    void apply(Mentions m, StoryText t, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Token w = s.tok(i);
            if (t.claimed(s, i) || !w.ner().equals("O") || !w.capitalised()) {
                continue;
            }
            boolean demonym = Lexicon.countryOfDemonym(w.word()).isPresent();
            if (!w.pos().startsWith("NNP") && !(w.pos().startsWith("JJ") && demonym)) {
                continue;
            }
            if (demonym) {
                t.add(s, i, i + 1, EntityMention.How.DEMONYM, m.country(Lexicon.countryOfDemonym(w.word()).get()));
                t.claim(s, i, i + 1);
                continue;
            }
            boolean capital = Lexicon.countryOfSeat(w.word()).isPresent() && Lexicon.organisation(w.word()).isEmpty();
            if ((capital || beforeRegion(s, i)) && Lexicon.country(w.word()).isEmpty()) {
                PLACES.read(m, t, s, i, i + 1);
                t.claim(s, i, i + 1);
            }
        }
    }

    private static boolean beforeRegion(Sentence s, int i) {
        int k = i + 1;
        while (k < s.size() && (s.tok(k).lower().equals("and") || s.tok(k).word().equals(",")
                || s.tok(k).capitalised() && s.tok(k).pos().startsWith("NNP"))) {
            k++;
        }
        return k < s.size() && PlaceNames.REGION.contains(s.tok(k).lower());
    }
}
