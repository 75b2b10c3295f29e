package org.newsgraph.ingest.read;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;

/**
 * What changed on a page between two reads of it: posts not seen before, and posts whose
 * content (story, headline, body, time, bylines, pictures, breaking mark) differs from what was
 * last remembered under their id. A post's position is not its content: it moves down as
 * posts are added above it. Not thread-safe: one follower owns it.
 * <pre>
 * PageChanges changes = new PageChanges();
 * PageChanges.Change change = changes.since(result.posts());
 * if (!change.isEmpty()) { ingest(page); changes.remember(result.posts()); }
 * </pre>
 */
public final class PageChanges {
    private final Map<String, Content> seen = new HashMap<>();

    /** The posts that are new or edited since they were last remembered. */
    public Change since(List<Post> posts) {
        List<Post> added = posts.stream().filter(p -> !seen.containsKey(key(p))).toList();
        List<Post> edited = posts.stream()
                .filter(p -> seen.containsKey(key(p)) && !seen.get(key(p)).equals(Content.of(p)))
                .toList();
        return new Change(added, edited);
    }

    /** Remembers the posts as stored. */
    public void remember(List<Post> posts) {
        posts.forEach(p -> seen.put(key(p), Content.of(p)));
    }

    private static String key(Post post) {
        return post.story().slug() + "/" + post.id();
    }

    /** The new and the edited posts of one read. */
    public record Change(List<Post> added, List<Post> edited) {
        public Change {
            added = List.copyOf(added);
            edited = List.copyOf(edited);
        }

        public boolean isEmpty() {
            return added.isEmpty() && edited.isEmpty();
        }
    }

    private record Content(Story story, String headline, String body, Instant publishedAt, List<Byline> authors,
                           List<Image> images, boolean breaking) {
        static Content of(Post p) {
            return new Content(p.story(), p.headline(), p.body(), p.publishedAt().toInstant(), p.authors(), p.images(),
                    p.breaking());
        }
    }
}
