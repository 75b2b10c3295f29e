package org.newsgraph.ingest.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.core.story.PostFacts;

/**
 * One story as it passes through the extraction stages, in the manner of CoreNLP's
 * {@code Annotation}: the facts of each post (what goes to the store) and the annotations a stage
 * hands to later ones (tagged sentences, resolved mentions), each under a typed {@link Key} that
 * the providing stage declares. A value: {@code with..} returns a new story and leaves this one
 * as it was.
 * <pre>
 *   static final AnnotatedStory.Key&lt;PostTexts&gt; TEXTS = AnnotatedStory.Key.of("texts", PostTexts.class);
 *   AnnotatedStory next = story.with(TEXTS, texts).withPosts(facts);
 *   PostTexts texts = next.get(TEXTS);
 * </pre>
 */
public final class AnnotatedStory {
    private final List<PostFacts> posts;
    private final Map<Key<?>, Object> annotations;

    private AnnotatedStory(List<PostFacts> posts, Map<Key<?>, Object> annotations) {
        this.posts = List.copyOf(posts);
        this.annotations = Map.copyOf(annotations);
    }

    /** The posts of one story, in page order, before any stage ran. */
    public static AnnotatedStory of(List<PostFacts> posts) {
        return new AnnotatedStory(posts, Map.of());
    }

    /** Each post's facts, in page order. */
    public List<PostFacts> posts() {
        return posts;
    }

    /** This story with other facts for its posts (one for each, same order) and the same annotations. */
    public AnnotatedStory withPosts(List<PostFacts> facts) {
        if (facts.size() != posts.size()) {
            throw new IllegalArgumentException("a story of " + posts.size() + " posts got facts for " + facts.size());
        }
        return new AnnotatedStory(facts, annotations);
    }

    /** This story with {@code value} under {@code key}, replacing any value there. */
    public <T> AnnotatedStory with(Key<T> key, T value) {
        Map<Key<?>, Object> next = new HashMap<>(annotations);
        next.put(Objects.requireNonNull(key, "key"), key.type().cast(Objects.requireNonNull(value, "value")));
        return new AnnotatedStory(posts, next);
    }

    /** The value under {@code key}, if a stage put one there. */
    public <T> Optional<T> find(Key<T> key) {
        return Optional.ofNullable(annotations.get(key)).map(key.type()::cast);
    }

    /**
     * The value under {@code key}.
     *
     * @throws IllegalStateException naming the key when no stage before put it there
     */
    public <T> T get(Key<T> key) {
        return find(key).orElseThrow(() -> new IllegalStateException(
                "no stage before this one annotated the story with '" + key.name() + "'"));
    }

    /**
     * A typed name for an annotation. Keys are compared by identity: declare each once, as a
     * constant of the stage that provides it.
     *
     * @param name what the annotation holds, for messages
     * @param type the class of its values
     */
    public record Key<T>(String name, Class<T> type) {
        /** A new key. */
        public static <T> Key<T> of(String name, Class<T> type) {
            return new Key<>(name, type);
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
