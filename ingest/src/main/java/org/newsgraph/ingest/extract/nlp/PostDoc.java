package org.newsgraph.ingest.extract.nlp;

import java.util.List;

/**
 * A text after annotation: the text itself (the post's body, or a caption) and its sentences.
 *
 * @param text      the text the offsets point into
 * @param sentences its sentences in order; empty when the text was skipped
 * @param caption   whether it is an image caption (names and roles only: captions are not evidence)
 */
public record PostDoc(String text, List<Sentence> sentences, boolean caption) {
    public PostDoc {
        sentences = List.copyOf(sentences);
    }
}
