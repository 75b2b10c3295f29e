package org.newsgraph.ingest.extract;

import java.util.List;
import org.newsgraph.ingest.pipeline.Extractor;

/**
 * The standard extraction chain: entities and roles, then events.
 * <pre>
 *   IngestPipeline.Builder b = IngestPipeline.create().reader(reader).target(store);
 *   StandardExtraction.extractors().forEach(b::extractor);
 * </pre>
 * The stages of one call share their annotations, so each post is annotated once. The CoreNLP
 * models load on the first story (10–30 s) and need about 2 GB of heap; run with {@code -Xmx3g}.
 */
public final class StandardExtraction {
    private StandardExtraction() {}

    /** A new {@link EntityExtractor} and {@link EventExtractor}, in that order, sharing one annotation cache. */
    public static List<Extractor> extractors() {
        StoryAnalysis.Cache cache = new StoryAnalysis.Cache();
        return List.of(new EntityExtractor(cache), new EventExtractor(cache));
    }
}
