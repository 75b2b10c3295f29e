package org.newsgraph.ingest.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.newsgraph.core.iri.Slugs;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;

/**
 * A post of a page in a structured format (JSON-LD, HTML, a feed), read whole: such formats
 * print full dates, so a post needs nothing from the rest of the page but its id and position.
 *
 * @param line   where the post starts in the source (1-based)
 * @param ownRef the post's own URL or id, when the format gives one
 * @param body   paragraphs separated by a blank line
 */
record PostEntry(int line, Optional<String> ownRef, String headline, String body, OffsetDateTime publishedAt,
                 List<Byline> authors, List<Image> images) {
    PostEntry {
        Objects.requireNonNull(ownRef, "ownRef");
        authors = List.copyOf(authors);
        images = List.copyOf(images);
    }

    /**
     * What a reader made of a page's entries: the posts newest first, positions counted from
     * the top, and the problems in line order.
     */
    static ReadResult result(Story story, List<PostEntry> entries, List<ReadProblem> problems) {
        List<ReadProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ReadProblem::line));
        return new ReadResult(story, posts(story, entries), sorted);
    }

    /**
     * The posts, newest first (document order among posts of the same moment). A post's id
     * comes from its own URL or id when the format gives one that no other post of the page
     * shares (the fragment of {@code https://example.org/live/summit#post-12}, the last segment
     * of a path, the end of a {@code urn:uuid:} or {@code tag:} id), else from its UTC minute
     * as {@link Post#idFor} counts it. Either way it stays the same as the page grows.
     */
    static List<Post> posts(Story story, List<PostEntry> entries) {
        List<Integer> newestFirst = IntStream.range(0, entries.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> entries.get(i).publishedAt().toInstant()).reversed())
                .toList();
        String[] ids = ownIds(story, entries);
        // Minute ids count the posts of one minute oldest first: newest-first order, walked backwards.
        Map<String, Integer> perMinute = new HashMap<>();
        for (int k = newestFirst.size() - 1; k >= 0; k--) {
            int i = newestFirst.get(k);
            if (ids[i] == null) {
                OffsetDateTime at = entries.get(i).publishedAt();
                ids[i] = Post.idFor(at, perMinute.merge(Post.idFor(at, 1), 1, Integer::sum));
            }
        }
        Set<String> taken = new HashSet<>();
        List<Post> posts = new ArrayList<>();
        for (int k = 0; k < newestFirst.size(); k++) {
            int i = newestFirst.get(k);
            String id = ids[i];
            // An own id may look like another post's minute id: the later one gets a suffix.
            for (int n = 2; !taken.add(id); n++) {
                id = ids[i] + "-" + n;
            }
            PostEntry e = entries.get(i);
            posts.add(new Post(story, id, k + 1, e.headline(), e.body(), e.publishedAt(), e.authors(), false,
                    e.images(), e.line()));
        }
        return posts;
    }

    /** Each entry's own id, or null when it has none or shares it with another entry. */
    private static String[] ownIds(Story story, List<PostEntry> entries) {
        String[] ids = entries.stream()
                .map(e -> e.ownRef().filter(ref -> !story.url().map(ref::equals).orElse(false))
                        .flatMap(PostEntry::idOf).orElse(null))
                .toArray(String[]::new);
        Map<String, Long> counts = new HashMap<>();
        Arrays.stream(ids).filter(Objects::nonNull).forEach(id -> counts.merge(id, 1L, Long::sum));
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null && counts.get(ids[i]) > 1) {
                ids[i] = null;
            }
        }
        return ids;
    }

    /** The slug a post's URL or id gives: its fragment, else the end of its path or opaque part. */
    static Optional<String> idOf(String ref) {
        String text = ref.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of(Slugs.of(text));
        }
        String tail;
        if (uri.getRawFragment() != null && !uri.getFragment().isBlank()) {
            tail = uri.getFragment();
        } else if (uri.isOpaque()) {
            String part = uri.getSchemeSpecificPart();
            tail = part.substring(Math.max(part.lastIndexOf(':'), part.lastIndexOf('/')) + 1);
        } else {
            String path = Objects.requireNonNullElse(uri.getPath(), "");
            String[] segments = Arrays.stream(path.split("/")).filter(s -> !s.isBlank()).toArray(String[]::new);
            String last = segments.length == 0 ? "" : segments[segments.length - 1];
            tail = uri.getQuery() == null ? last : last + "-" + uri.getQuery();
        }
        return tail.isBlank() ? Optional.empty() : Optional.of(Slugs.of(tail));
    }
}
