package org.newsgraph.ingest.extract.entity;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;
import org.newsgraph.ingest.extract.nlp.Token;

/**
 * A run tagged as a location: a country; a seat that is an institution (the Kremlin); a capital that
 * acts ("Moscow has claimed", "Washington's appetite") stands for its country, while after a
 * preposition it stays a place; else a place, "Kursk region" an alias, in the country a possessive
 * before it names ("Russia's Kursk and Bryansk regions").
 */
final class PlaceNames implements ChunkReader {
    static final Set<String> REGION = Set.of("region", "regions", "oblast", "province", "county", "district",
            "state", "governorate");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "north-east", "north-west",
            "south-east", "south-west", "northeast", "northwest", "southeast", "southwest");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "into", "across", "around",
            "outside", "inside", "towards", "toward", "over", "via", "through", "within", "of");

    @Override
    public void read(Mentions m, StoryText t, Sentence s, int from, int to) {
        String surface = s.span(t.text(), from, to);
        if (COMPASS.contains(surface.toLowerCase(java.util.Locale.ROOT))) {
            return; // "the South" is no place of its own
        }
        Optional<String> c = Lexicon.country(surface);
        if (c.isPresent()) {
            t.add(s, from, to, EntityMention.How.NAME, Mentions.named(m.country(c.get()), surface));
            return;
        }
        if (Lexicon.isSeatOrganisation(surface)) {
            StoryEntity org = m.ent(EntityKind.ORGANISATION, Lexicon.organisation(surface).orElse(surface));
            t.add(s, from, to, EntityMention.How.NAME, Mentions.named(org, surface));
            return;
        }
        Optional<String> seat = Lexicon.countryOfSeat(surface);
        boolean placeUse = from > 0 && LOCATIVE.contains(s.tok(from - 1).lower());
        if (seat.isPresent() && !placeUse && actsAsAgent(s, to)) {
            StoryEntity country = m.country(seat.get());
            country.alias(surface);
            t.add(s, from, to, EntityMention.How.SEAT, country);
            return;
        }
        StoryEntity place = Mentions.named(m.ent(EntityKind.PLACE, surface), surface);
        int end = to;
        if (end < s.size() && REGION.contains(s.tok(end).lower())) {
            place.alias(surface + " " + s.tok(end).word().replaceAll("s$", ""));
            end++;
        }
        int k = startOfList(s, from);
        if (k >= 2 && s.tok(k - 1).pos().equals("POS")) {
            Lexicon.country(s.tok(k - 2).word()).ifPresent(o -> place.country = m.country(o));
        }
        EntityMention mention = new EntityMention(t.post, s.index(), from, end, EntityMention.How.NAME, surface, place);
        t.occs.add(mention);
    }

    /** The first token of a list of names this one ends ("Kursk and Bryansk"). */
    private static int startOfList(Sentence s, int from) {
        int k = from;
        while (k >= 2 && (s.tok(k - 1).lower().equals("and") || s.tok(k - 1).word().equals(","))
                && (TaggedNames.LOCATION_TAGS.contains(s.tok(k - 2).ner()) || s.tok(k - 2).pos().startsWith("NNP"))) {
            k -= 2;
            while (k > 0 && (TaggedNames.LOCATION_TAGS.contains(s.tok(k - 1).ner()) || s.tok(k - 1).pos().startsWith("NNP")
                    && s.tok(k - 1).capitalised() && !s.tok(k - 1).pos().equals("POS"))) {
                k--;
            }
        }
        return k;
    }

    /** A capital acts when it is a subject or a possessor. */
    private static boolean actsAsAgent(Sentence s, int to) {
        if (to >= s.size()) {
            return false;
        }
        Token next = s.tok(to);
        return next.pos().equals("POS") || next.isVerb() || next.pos().equals("MD");
    }
}
