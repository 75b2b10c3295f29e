package org.newsgraph.ingest.extract.entity;

import java.util.Optional;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** A run tagged NATIONALITY or MISC that is a demonym ("Russian strikes"): it stands for its country. */
final class DemonymNames implements ChunkReader {
    @Override
    public void read(Mentions m, StoryText t, Sentence s, int from, int to) {
        Optional<String> c = Lexicon.countryOfDemonym(s.span(t.text(), from, to));
        c.ifPresent(x -> t.add(s, from, to, EntityMention.How.DEMONYM, m.country(x)));
    }
}
