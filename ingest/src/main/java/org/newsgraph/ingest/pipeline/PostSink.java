package org.newsgraph.ingest.pipeline;

import java.util.List;
import org.newsgraph.core.store.WriteResult;
import org.newsgraph.core.story.PostFacts;

/**
 * Where an ingest puts the posts' graphs: a local {@link org.newsgraph.core.store.Store}, or a
 * graph store behind HTTP ({@link org.newsgraph.core.store.RemoteGraphStore}).
 * <pre>
 *   PostSink local = store::write;
 *   PostSink remote = RemoteGraphStore.connect(url, base, token)::write;
 * </pre>
 */
@FunctionalInterface
public interface PostSink {
    /** Stores each post's graph; one result per post, in order. */
    List<WriteResult> write(List<PostFacts> posts);
}
