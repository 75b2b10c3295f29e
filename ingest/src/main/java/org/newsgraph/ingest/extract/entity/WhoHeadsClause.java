package org.newsgraph.ingest.extract.entity;

import java.util.Locale;
import java.util.Map;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * "X, who heads Y", "X, who chairs Y's trade committee", "X, who heads threat research at Y": a relative
 * clause with a verb of leading gives the person the matching title, held in the organisation it names.
 */
final class WhoHeadsClause extends PersonPass {
    private static final Map<String, String> TITLE_OF_VERB = Map.of("heads", "Head", "leads", "Leader", "chairs", "Chair",
            "co-chairs", "Co-chair", "runs", "Head", "directs", "Director", "manages", "Manager", "founded", "Founder");

    @Override
    void apply(Mentions m, StoryText t, Sentence s, EntityMention o) {
        int k = o.to;
        if (k < s.size() && s.tok(k).word().equals(",")) {
            k++;
        }
        if (k + 2 >= s.size() || !s.tok(k).lower().equals("who") || !TITLE_OF_VERB.containsKey(s.tok(k + 1).lower())) {
            return;
        }
        String title = TITLE_OF_VERB.get(s.tok(k + 1).lower());
        k += 2;
        int topic = k;
        while (k < s.size() && Titles.isTopicWord(s.tok(k))) {
            k++;
        }
        StoryEntity of;
        if (k > topic && k < s.size() && (s.tok(k).lower().equals("at") || s.tok(k).lower().equals("for"))) {
            title = title + " of " + s.span(t.text(), topic, k).toLowerCase(Locale.ROOT);
            of = Titles.agentAfter(t, s, k + 1);
        } else {
            of = heldIn(m, t, s, topic);
        }
        if (of != null) {
            hold(o.ent, new Titles.Title(title, of, o.from));
        }
    }

    /** The organisation after the verb: "the AU's council" is the AU's, "the fund's board" the fund's, else the name itself. */
    private static StoryEntity heldIn(Mentions m, StoryText t, Sentence s, int k) {
        if (k < s.size() && s.tok(k).lower().equals("the")) {
            k++;
        }
        EntityMention first = t.startingAt(s.index(), k);
        if (first != null && first.ent.isAgent() && first.how != EntityMention.How.DEMONYM) {
            return first.ent;
        }
        if (k + 1 < s.size() && s.tok(k + 1).pos().equals("POS")) {
            return Titles.referredOrganisation(m, t, s, k);
        }
        return Titles.agentAfter(t, s, k);
    }
}
