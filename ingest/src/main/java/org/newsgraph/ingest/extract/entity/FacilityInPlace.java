package org.newsgraph.ingest.extract.entity;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * "the field hospital in Tarso", "a reception centre on Vela": a facility placed in a named place is a
 * place of its own, "Tarso field hospital", the text's words an alias.
 */
final class FacilityInPlace extends SentencePass {
    private static final Set<String> FACILITY = Set.of("hospital", "clinic", "camp", "centre", "center", "market",
            "harbour", "harbor", "depot", "warehouse", "school", "port", "airport", "prison", "stadium", "mosque", "church");

    @Override
    void apply(Mentions m, StoryText t, Sentence s) {
        for (int i = 1; i + 2 < s.size(); i++) {
            String prep = s.tok(i + 1).lower();
            if (!FACILITY.contains(s.tok(i).lower()) || s.tok(i).capitalised() || t.claimed(s, i)
                    || !(prep.equals("in") || prep.equals("on") || prep.equals("near") || prep.equals("at"))
                    || !placeName(s, i + 2)) {
                continue;
            }
            int from = i;
            if (s.tok(i - 1).pos().startsWith("NN") && !s.tok(i - 1).capitalised()) {
                from = i - 1; // "field hospital", "screening clinic"
            }
            int det = from - 1;
            while (det >= 0 && (s.tok(det).pos().startsWith("JJ") || s.tok(det).pos().equals("CD") || s.tok(det).word().equals("-"))) {
                det--;
            }
            if (det < 0 || !(s.tok(det).pos().equals("DT"))) {
                continue;
            }
            int end = i + 3;
            while (end < s.size() && placeName(s, end)) {
                end++;
            }
            String place = s.span(t.text(), i + 2, end);
            String label = place + " " + s.span(t.text(), from, i + 1).toLowerCase(Locale.ROOT);
            EntityMention o = t.add(s, from, i + 1, EntityMention.How.NAME, null);
            o.ent = Mentions.named(m.ent(EntityKind.PLACE, label), label);
            o.ent.alias(s.span(t.text(), from, end));
            t.claim(s, from, i + 1);
        }
    }

    private static boolean placeName(Sentence s, int k) {
        return s.tok(k).capitalised() && s.tok(k).pos().startsWith("NNP") && !s.tok(k).ner().equals("PERSON")
                && !s.tok(k).ner().equals("ORGANIZATION") && !s.tok(k).ner().equals("DATE") && Lexicon.country(s.tok(k).word()).isEmpty();
    }
}
