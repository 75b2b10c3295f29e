package org.newsgraph.ingest.extract.entity;

import java.util.Map;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * "The fund is chaired by X", "the Northern Rivers Trust, led by X": a passive verb of leading before
 * a name gives the person the matching title, held in the organisation that is its subject.
 */
final class ChairedByName extends PersonPass {
    private static final Map<String, String> TITLE_OF_VERB = Map.of("chaired", "Chair", "headed", "Head", "led", "Leader",
            "run", "Head", "directed", "Director", "founded", "Founder");

    @Override
    void apply(Mentions m, StoryText t, Sentence s, EntityMention o) {
        int k = o.from;
        while (k > 0 && (PersonNames.HONORIFICS.contains(s.tok(k - 1).lower()) || Titles.isTopicWord(s.tok(k - 1)))) {
            k--;
        }
        if (k < 2 || !s.tok(k - 1).lower().equals("by") || !TITLE_OF_VERB.containsKey(s.tok(k - 2).lower())) {
            return;
        }
        String title = TITLE_OF_VERB.get(s.tok(k - 2).lower());
        int subject = k - 3;
        while (subject >= 0 && (s.tok(subject).lower().equals("is") || s.tok(subject).lower().equals("was")
                || s.tok(subject).word().equals(","))) {
            subject--;
        }
        if (subject < 0) {
            return;
        }
        EntityMention named = t.endingAt(s.index(), subject + 1);
        StoryEntity of = named != null && named.ent.isAgent() && named.how == EntityMention.How.NAME ? named.ent
                : Titles.referredOrganisation(m, t, s, subject);
        if (of != null) {
            hold(o.ent, new Titles.Title(title, of, o.from));
        }
    }
}
