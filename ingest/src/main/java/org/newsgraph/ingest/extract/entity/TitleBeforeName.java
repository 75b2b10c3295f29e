package org.newsgraph.ingest.extract.entity;

import java.util.Optional;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * "Irish Health Minister Ciara Doyle", "Chile's finance minister, Tomás Reyes,", "our Asia
 * correspondent Mei Lin": a title just before a name is the person's, held in what owns the title.
 */
final class TitleBeforeName extends PersonPass {
    @Override
    void apply(Mentions m, StoryText t, Sentence s, EntityMention o) {
        int end = o.from;
        while (end > 0 && PersonNames.HONORIFICS.contains(s.tok(end - 1).lower())) {
            end--;
        }
        if (end > 0 && s.tok(end - 1).word().equals(",") && o.to < s.size() && s.tok(o.to).word().equals(",")) {
            end--;
        }
        Titles.Title title = Titles.before(m, t, s, titleEnd(t, s, end));
        if (title != null && title.of() == null && HomeCountryOfOffice.isOffice(title.text())) {
            StoryEntity country = countryBefore(m, t, s, title.from());
            if (country != null) {
                m.officeCountry.putIfAbsent(o.ent, country);
            }
        }
        if (title == null) {
            title = titleOfBefore(t, s, end);
        }
        if (title != null) {
            hold(o.ent, title);
            o.ent.alias(s.span(t.text(), title.from(), o.to));
        }
    }

    /**
     * "France is represented by Interior Minister X", "a pledge from London, Home Secretary X said": the
     * country named (not by a demonym) last before an office with no owner, in the same sentence and
     * with no other person between; {@link HomeCountryOfOffice} uses it if no text gives the office's country.
     */
    private static StoryEntity countryBefore(Mentions m, StoryText t, Sentence s, int from) {
        for (int k = from - 1; k >= 0; k--) {
            EntityMention o = t.covering(s.index(), k);
            if (o == null) {
                continue;
            }
            if (o.ent.kind == EntityKind.PERSON) {
                return null;
            }
            if (o.ent.kind == EntityKind.COUNTRY && o.how != EntityMention.How.DEMONYM) {
                return o.ent;
            }
            Optional<String> seat = Lexicon.countryOfSeat(o.ent.label);
            if (o.ent.kind == EntityKind.PLACE && seat.isPresent()) {
                return m.country(seat.get());
            }
            k = o.from;
        }
        return null;
    }

    /** "The head of the World Health Organization, Dr X": a title, "of" and what it is held in, then the name. */
    private static Titles.Title titleOfBefore(StoryText t, Sentence s, int end) {
        EntityMention holder = t.endingAt(s.index(), end);
        if (holder == null || !holder.ent.isAgent() || holder.how == EntityMention.How.DEMONYM) {
            return null;
        }
        int k = holder.from;
        if (k > 0 && s.tok(k - 1).lower().equals("the")) {
            k--;
        }
        if (k < 2 || !s.tok(k - 1).lower().equals("of") || !Lexicon.isTitleHead(s.tok(k - 2).word())) {
            return null;
        }
        int start = k - 2;
        while (start > 0 && (Lexicon.isTitleModifier(s.tok(start - 1).word()) || Titles.isTopicWord(s.tok(start - 1)))) {
            start--;
        }
        return new Titles.Title(Titles.capitalise(s.span(t.text(), start, k - 1).toLowerCase(java.util.Locale.ROOT)), holder.ent, start);
    }

    /** "the EU's special representative for the Sahel, X": the title itself ends before what it is for. */
    private static int titleEnd(StoryText t, Sentence s, int end) {
        EntityMention topic = t.endingAt(s.index(), end);
        if (topic == null) {
            return end;
        }
        int k = topic.from;
        if (k > 0 && s.tok(k - 1).lower().equals("the")) {
            k--;
        }
        boolean forWhat = k > 1 && (s.tok(k - 1).lower().equals("for") || s.tok(k - 1).lower().equals("on"))
                && Lexicon.isTitleHead(s.tok(k - 2).word());
        return forWhat ? k - 1 : end;
    }
}
