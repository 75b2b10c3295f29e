package org.newsgraph.ingest.extract.entity;

import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * Organisations the tagger missed or split, known by their form: a run of capitalised words that ends
 * in a word organisations are named with ("Northern Rivers Trust", "Coastal Workers' Union"), or that
 * follows a word saying what it is ("the charity Blue Harbour", "the campaign group Fair Roads"),
 * or has staff ("Blue Harbour's operations director").
 */
final class UntaggedOrganisations extends SentencePass {
    private static final Set<String> NAME_ENDS = Set.of("fund", "union", "agency", "association", "federation", "institute",
            "trust", "council", "committee", "board", "alliance", "coalition", "foundation", "authority", "service",
            "commission", "bank", "group", "party", "court", "tribunal", "police", "network", "society", "league",
            "organisation", "organization", "corporation", "company", "biologics", "pharmaceuticals", "mining",
            "sportswear", "security", "airlines", "energy", "holdings", "industries", "systems", "labs", "ngo");
    private static final Set<String> DESCRIPTORS = Set.of("charity", "group", "company", "firm", "site", "ngo", "organisation",
            "organization", "agency", "startup", "platform", "network", "insurer", "retailer", "airline", "union");

    @Override
    void apply(Mentions m, StoryText t, Sentence s) {
        int i = 0;
        while (i < s.size()) {
            int j = i;
            while (j < s.size() && namePart(s, j, j > i)) {
                j++;
            }
            int end = j;
            if (end > i && s.tok(end - 1).pos().equals("POS")) {
                end--;
            }
            if (end > i && !claimed(t, s, i, end) && (endsInOrganisationWord(s, i, end) || (describedBefore(s, i) || staffAfter(s, i, end)) && end - i <= 4)
                    && !allTagged(s, i, end) && Lexicon.country(s.span(t.text(), i, end)).isEmpty()) {
                EntityMention o = t.add(s, i, end, EntityMention.How.NAME, null);
                String label = Lexicon.organisation(o.surface).orElse(o.surface);
                o.ent = Mentions.named(m.ent(EntityKind.ORGANISATION, label), o.surface);
                t.claim(s, i, end);
            }
            i = Math.max(j, i + 1);
        }
    }

    /** A capitalised word of a name, or "of"/"for"/"and" and a possessive inside one ("Workers' Union"). */
    private static boolean namePart(Sentence s, int k, boolean inside) {
        Token w = s.tok(k);
        if (w.capitalised() && (w.pos().startsWith("NNP") || w.pos().startsWith("NN") || w.pos().startsWith("JJ"))
                && !w.ner().equals("PERSON") && !w.ner().equals("DATE") && !Lexicon.isTitleHead(w.word())) {
            return true;
        }
        // "and" only inside a name ("Peace and Security Council"), not between two ("the UK and Acme Mining")
        return inside && k + 1 < s.size() && s.tok(k + 1).capitalised()
                && (w.lower().equals("of") || w.lower().equals("for") || w.pos().equals("POS")
                        || w.lower().equals("and") && (s.tok(k - 1).ner().equals("O") || s.tok(k - 1).ner().equals("ORGANIZATION")));
    }

    private static boolean endsInOrganisationWord(Sentence s, int from, int to) {
        return to - from >= 2 && NAME_ENDS.contains(s.tok(to - 1).lower());
    }

    /** "Blue Harbour's operations director": an untagged name of two words or more with staff after it. */
    private static boolean staffAfter(Sentence s, int from, int to) {
        if (to - from < 2 || to + 1 >= s.size() || !s.tok(to).pos().equals("POS")) {
            return false;
        }
        for (int k = to + 1; k < s.size() && k <= to + 3; k++) {
            if (Lexicon.isTitleHead(s.tok(k).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean describedBefore(Sentence s, int from) {
        return from >= 2 && DESCRIPTORS.contains(s.tok(from - 1).lower())
                && (s.tok(from - 2).lower().equals("the") || s.tok(from - 2).pos().startsWith("JJ") || s.tok(from - 2).pos().startsWith("NN"));
    }

    private static boolean claimed(StoryText t, Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.claimed(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allTagged(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.tok(k).ner().equals("ORGANIZATION")) {
                return false;
            }
        }
        return true;
    }
}
