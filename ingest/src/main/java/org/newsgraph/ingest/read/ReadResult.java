package org.newsgraph.ingest.read;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;

/**
 * What a reader made of a page.
 *
 * @param story    the page's story
 * @param posts    the posts it could read, in page order (newest first)
 * @param problems the posts it left out and why, in line order
 */
public record ReadResult(Story story, List<Post> posts, List<ReadProblem> problems) {
    public ReadResult {
        Objects.requireNonNull(story, "story");
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }
}
