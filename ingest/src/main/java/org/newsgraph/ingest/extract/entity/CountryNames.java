package org.newsgraph.ingest.extract.entity;

import org.newsgraph.ingest.extract.nlp.Sentence;

/** A run tagged COUNTRY: the country under its canonical short name, the text's form an alias. */
final class CountryNames implements ChunkReader {
    @Override
    public void read(Mentions m, StoryText t, Sentence s, int from, int to) {
        String surface = s.span(t.text(), from, to);
        String label = Lexicon.country(surface).orElse(surface);
        t.add(s, from, to, EntityMention.How.NAME, Mentions.named(m.country(label), surface));
    }
}
