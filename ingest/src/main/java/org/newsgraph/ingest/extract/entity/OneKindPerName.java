package org.newsgraph.ingest.extract.entity;

import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * A one-word name the tagger took for a person that is no one's surname: it is the organisation or
 * place of that name when the story has one, else a place when the text puts it after "in" or "near",
 * else an organisation when a word like "company" stands before it or its staff after it ("X's chief executive"). An honorific or a title ("Ms Ito")
 * keeps it a person.
 */
final class OneKindPerName implements ResolutionPass {
    private static final Set<String> PLACE_CUES = Set.of("in", "near", "outside", "at", "across", "around", "towards");
    private static final Set<String> ORGANISATION_CUES = Set.of("company", "firm", "group", "site", "platform", "sponsor",
            "maker", "giant", "brand", "startup", "insurer", "retailer", "charity", "operator", "developer", "rival", "rivals");

    @Override
    public void apply(Mentions m) {
        for (StoryEntity person : m.people(p -> !Lexicon.key(p.label).contains(" "))) {
            StoryEntity org = m.ents.get(EntityKind.ORGANISATION + "|" + Lexicon.key(person.label));
            StoryEntity place = m.ents.get(EntityKind.PLACE + "|" + Lexicon.key(person.label));
            int[] votes = votes(m, person);
            if (votes[0] > 0) {
                continue;
            }
            if (org != null || votes[2] > 0 && votes[2] >= votes[1]) {
                m.merge(person, org != null ? org : m.ent(EntityKind.ORGANISATION, person.label));
            } else if (place != null || votes[1] > 0) {
                m.merge(person, place != null ? place : m.ent(EntityKind.PLACE, person.label));
            }
        }
    }

    /** "Acme's chief executive": a name whose staff follow it is an organisation's. */
    private static boolean staffAfter(Sentence s, int to) {
        return to + 1 < s.size() && s.tok(to).pos().equals("POS") && Lexicon.isTitleHead(s.tok(to + 1).word());
    }

    /** Cues around the name's mentions: {person, place, organisation}. */
    private static int[] votes(Mentions m, StoryEntity person) {
        int[] v = new int[3];
        for (StoryText t : m.texts()) {
            for (EntityMention o : t.occs) {
                if (o.ent != person || o.how != EntityMention.How.NAME) {
                    continue;
                }
                Sentence s = t.sentences().get(o.sent);
                String before = o.from > 0 ? s.tok(o.from - 1).lower() : "";
                if (PersonNames.HONORIFICS.contains(before) || Lexicon.isTitleHead(before) || !person.roles.isEmpty()) {
                    v[0]++;
                } else if (PLACE_CUES.contains(before)) {
                    v[1]++;
                } else if (ORGANISATION_CUES.contains(before) || staffAfter(s, o.to)) {
                    v[2]++;
                }
            }
        }
        return v;
    }
}
