package org.newsgraph.ingest.extract.entity;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * A run tagged PERSON, without its honorific ("Dr", "Mr"): left unresolved for the name passes, or a
 * country or a capital when the tagger took one for a person.
 */
final class PersonNames implements ChunkReader {
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "mr.", "mrs.", "ms.", "dr.", "prof", "prof.", "professor", "judge", "col", "col.", "gen", "gen.");

    private static final PlaceNames PLACES = new PlaceNames();

    @Override
    public void read(Mentions m, StoryText t, Sentence s, int from, int to) {
        while (from < to && HONORIFICS.contains(s.tok(from).lower())) {
            from++;
        }
        if (from >= to || !s.tok(from).capitalised()) {
            return;
        }
        String surface = s.span(t.text(), from, to);
        if (surface.length() < 2) {
            return;
        }
        if (Lexicon.countryOfSeat(surface).isPresent() && Lexicon.organisation(surface).isEmpty()) {
            PLACES.read(m, t, s, from, to); // "La Paz" taken for a person
            return;
        }
        Optional<String> c = Lexicon.country(surface);
        t.add(s, from, to, EntityMention.How.NAME, c.map(x -> Mentions.named(m.country(x), surface)).orElse(null));
    }
}
