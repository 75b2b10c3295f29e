package org.newsgraph.ingest.pipeline;

import java.util.List;
import java.util.Set;
import org.newsgraph.core.story.PostFacts;

/**
 * One stage of extraction: it reads the facts earlier stages found and adds its own, in the
 * manner of CoreNLP's Annotator. It works on a whole story at a time, since a name in one post
 * (a surname, "the minister") may only be resolved by another.
 * <pre>
 *   class Meetings implements Extractor {
 *       public Set&lt;Capability&gt; requires() { return Set.of(Capability.ENTITIES); }
 *       public Set&lt;Capability&gt; provides() { return Set.of(Capability.EVENTS); }
 *       public List&lt;PostFacts&gt; extract(List&lt;PostFacts&gt; posts, Warnings warnings) { ... }
 *   }
 * </pre>
 */
public interface Extractor {
    /** A short name for reports and timings. */
    String name();

    /** What must be in the facts before this stage runs. */
    Set<Capability> requires();

    /** What this stage adds. */
    Set<Capability> provides();

    /**
     * The posts of one story, in page order, with what this stage found added; one result per
     * post, same order. It must not fail on odd text: it reports what it got past to {@code warnings}.
     */
    List<PostFacts> extract(List<PostFacts> posts, Warnings warnings);
}
