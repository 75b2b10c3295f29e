package org.newsgraph.ingest.extract.entity;

import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * A run tagged ORGANIZATION: a country when it names one or stands before a title ("US Defence
 * Secretary"), else an organisation under its well-known name; "Nato's headquarters" is also a place, and a
 * building the tagger took for an organisation ("Olympic House") is a place.
 */
final class OrganisationNames implements ChunkReader {
    private static final java.util.Set<String> BUILDINGS = java.util.Set.of("house", "palace", "tower", "hall", "castle",
            "stadium", "arena", "chancellery");
    private static final Pattern ORDINAL = Pattern.compile("^(?:\\d+(?:st|nd|rd|th)|first|second|third) ", Pattern.CASE_INSENSITIVE);

    @Override
    public void read(Mentions m, StoryText t, Sentence s, int from, int to) {
        if (to < s.size() && Lexicon.isTitleHead(s.tok(to).word())) {
            for (int k = from; k < to; k++) {
                String word = s.tok(k).word();
                Optional<String> c = Lexicon.country(word);
                if (c.isPresent()) {
                    t.add(s, k, k + 1, EntityMention.How.NAME, Mentions.named(m.country(c.get()), word));
                    return;
                }
            }
            while (to > from + 1 && Lexicon.isTitleModifier(s.tok(to - 1).word())) {
                to--;
            }
        }
        String surface = s.span(t.text(), from, to);
        Optional<String> c = Lexicon.country(surface);
        if (c.isPresent()) {
            t.add(s, from, to, EntityMention.How.NAME, Mentions.named(m.country(c.get()), surface));
            return;
        }
        String label = ORDINAL.matcher(surface).replaceFirst("");
        String last = s.tok(to - 1).lower();
        if (to - from > 1 && BUILDINGS.contains(last) && Lexicon.organisation(label).isEmpty() && !Lexicon.isSeatOrganisation(label)) {
            t.add(s, from, to, EntityMention.How.NAME, Mentions.named(m.ent(EntityKind.PLACE, label), surface));
            return; // "Olympic House": a building
        }
        StoryEntity org = Mentions.named(m.ent(EntityKind.ORGANISATION, Lexicon.organisation(label).orElse(label)), surface);
        t.add(s, from, to, EntityMention.How.NAME, org);
        headquarters(m, t, s, from, to, org);
    }

    /** "Nato's headquarters", "Nato headquarters": the organisation's seat is a place. */
    private static void headquarters(Mentions m, StoryText t, Sentence s, int from, int to, StoryEntity org) {
        int k = to;
        if (k < s.size() && s.tok(k).pos().equals("POS")) {
            k++;
        }
        if (k < s.size() && (s.tok(k).lower().equals("headquarters") || s.tok(k).lower().equals("hq"))) {
            EntityMention place = t.add(s, from, k + 1, EntityMention.How.NAME, null);
            place.ent = Mentions.named(m.ent(EntityKind.PLACE, org.label + " headquarters"), place.surface);
        }
    }
}
