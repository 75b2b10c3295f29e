package org.newsgraph.ingest.extract.entity;

import java.util.Optional;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * "UK Defence Secretary John Healey", "Germany's defence minister, Boris Pistorius,", "our Ukraine
 * correspondent James Waterhouse": a title just before a name is the person's, held in what owns the title.
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
        Titles.Title title = Titles.before(m, t, s, end);
        if (title != null && title.of() == null && HomeCountryOfOffice.isOffice(title.text())) {
            StoryEntity country = countryBefore(m, t, s, title.from());
            if (country != null) {
                m.officeCountry.putIfAbsent(o.ent, country);
            }
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
}
