package org.newsgraph.ingest.extract.entity;

import org.newsgraph.ingest.extract.nlp.Sentence;

/** A pass that reads one sentence at a time, over every text of the story in page order. */
abstract class SentencePass implements ResolutionPass {
    @Override
    public void apply(Mentions m) {
        for (StoryText t : m.texts()) {
            for (Sentence s : t.sentences()) {
                apply(m, t, s);
            }
        }
    }

    abstract void apply(Mentions m, StoryText t, Sentence s);
}
