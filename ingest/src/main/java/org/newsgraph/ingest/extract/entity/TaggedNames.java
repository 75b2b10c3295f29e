package org.newsgraph.ingest.extract.entity;

import java.util.Map;
import java.util.Set;
import org.newsgraph.ingest.extract.nlp.Sentence;

/**
 * Names CoreNLP tagged: each run of tokens with one tag (the location tags count as one) goes to the
 * reader of its tag; tokens an earlier pattern claimed are skipped.
 */
final class TaggedNames extends SentencePass {
    static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
    private static final ChunkReader DEMONYMS = new DemonymNames();
    private static final Map<String, ChunkReader> READERS = Map.of(
            "PERSON", new PersonNames(),
            "COUNTRY", new CountryNames(),
            "NATIONALITY", DEMONYMS,
            "MISC", DEMONYMS,
            "ORGANIZATION", new OrganisationNames(),
            "LOCATION", new PlaceNames());

    @Override
    void apply(Mentions m, StoryText t, Sentence s) {
        int i = 0;
        while (i < s.size()) {
            String tag = s.tok(i).ner();
            if (tag.equals("O") || t.claimed(s, i)) {
                i++;
                continue;
            }
            boolean loc = LOCATION_TAGS.contains(tag);
            int j = i + 1;
            while (j < s.size() && !t.claimed(s, j) && (s.tok(j).ner().equals(tag)
                    || loc && LOCATION_TAGS.contains(s.tok(j).ner()))) {
                j++;
            }
            ChunkReader reader = READERS.get(loc ? "LOCATION" : tag);
            if (reader != null) {
                reader.read(m, t, s, i, j);
            }
            i = j;
        }
    }
}
