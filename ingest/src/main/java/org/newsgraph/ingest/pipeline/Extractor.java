package org.newsgraph.ingest.pipeline;

import java.util.Set;

/**
 * One stage of extraction: it reads what earlier stages put into the {@link AnnotatedStory} and
 * adds its own, in the manner of CoreNLP's Annotator; {@link #requires()} and {@link #provides()}
 * name what flows. It works on a whole story at a time, since a name in one post (a surname, "the
 * minister") may only be resolved by another.
 * <pre>
 *   class Meetings implements Extractor {
 *       public Set&lt;Capability&gt; requires() { return Set.of(Capability.ENTITIES); }
 *       public Set&lt;Capability&gt; provides() { return Set.of(Capability.EVENTS); }
 *       public AnnotatedStory extract(AnnotatedStory story, Warnings warnings) { ... }
 *   }
 * </pre>
 */
public interface Extractor {
    /** A short name for reports and timings. */
    String name();

    /** What must be in the story, its facts or its annotations, before this stage runs. */
    Set<Capability> requires();

    /** What this stage adds. */
    Set<Capability> provides();

    /**
     * The story with what this stage found added: to the posts' facts (one per post, same order)
     * or as annotations for later stages. It must not fail on odd text: it reports what it got
     * past to {@code warnings}.
     */
    AnnotatedStory extract(AnnotatedStory story, Warnings warnings);
}
