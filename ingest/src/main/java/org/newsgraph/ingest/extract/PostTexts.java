package org.newsgraph.ingest.extract;

import java.util.List;
import org.newsgraph.ingest.extract.nlp.PostDoc;

/**
 * The annotated texts of a story's posts, as {@link TextAnnotator} leaves them.
 *
 * @param bodies   each post's body, in page order
 * @param captions each post's image captions, in page order
 */
record PostTexts(List<PostDoc> bodies, List<List<PostDoc>> captions) {
    PostTexts {
        bodies = List.copyOf(bodies);
        captions = captions.stream().map(List::copyOf).toList();
    }
}
