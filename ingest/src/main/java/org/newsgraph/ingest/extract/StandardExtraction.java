package org.newsgraph.ingest.extract;

import java.util.List;
import org.newsgraph.ingest.pipeline.Extractor;

/**
 * The standard extraction chain: annotation, entities and roles, then events.
 * <pre>
 *   IngestPipeline.Builder b = IngestPipeline.create().reader(reader).target(store);
 *   StandardExtraction.extractors().forEach(b::extractor);
 * </pre>
 * Each post is annotated once, by the first stage; the later stages read its annotation from the
 * story they are given. The CoreNLP models load on the first story (10–30 s) and need about 2 GB
 * of heap; run with {@code -Xmx3g}.
 */
public final class StandardExtraction {
    private StandardExtraction() {}

    /** A new {@link TextAnnotator}, {@link EntityExtractor} and {@link EventExtractor}, in that order. */
    public static List<Extractor> extractors() {
        return List.of(new TextAnnotator(), new EntityExtractor(), new EventExtractor());
    }
}
