package org.newsgraph.ingest.kafka;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.log.PostMessage;

/**
 * The latest version of each post of the stories a worker holds, by partition: what a story's
 * extraction runs over, so entities resolve across all its posts as in a single-process ingest.
 * Of two versions of a post the later read wins, whatever order they arrive in. Not thread-safe:
 * one worker's loop uses it.
 */
final class StoryBook {
    private final Map<String, Map<String, PostMessage>> stories = new HashMap<>();
    private final Map<Integer, Set<String>> storiesOfPartition = new HashMap<>();

    /** Takes a post read; whether it is new, or a later read that changed what the post says. */
    boolean offer(int partition, PostMessage message) {
        String story = message.post().story().slug();
        storiesOfPartition.computeIfAbsent(partition, p -> new HashSet<>()).add(story);
        Map<String, PostMessage> posts = stories.computeIfAbsent(story, s -> new HashMap<>());
        PostMessage held = posts.get(message.post().id());
        if (held != null && held.readAt().isAfter(message.readAt())) {
            return false;
        }
        posts.put(message.post().id(), message);
        return held == null || !held.hash().equals(message.hash()) || held.post().position() != message.post().position();
    }

    /** The story's posts in page order (position, then id). */
    List<Post> posts(String story) {
        List<Post> posts = new ArrayList<>();
        stories.getOrDefault(story, Map.of()).values().forEach(m -> posts.add(m.post()));
        posts.sort(Comparator.comparingInt(Post::position).thenComparing(Post::id));
        return posts;
    }

    /** Forgets the stories of a partition this worker no longer holds. */
    void forget(int partition) {
        Set<String> gone = storiesOfPartition.remove(partition);
        if (gone != null) {
            gone.forEach(stories::remove);
        }
    }
}
