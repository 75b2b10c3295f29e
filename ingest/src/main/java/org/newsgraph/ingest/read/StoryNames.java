package org.newsgraph.ingest.read;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.core.iri.Slugs;
import org.newsgraph.core.story.Story;

/**
 * The story of a page, named from the caller's options or the file: its slug is the given
 * slug, else the last telling segment of its URL, else its file name; its title is the file
 * name, since a plain-text page prints no title of its own.
 */
final class StoryNames {
    /** URL segments that name a kind of page rather than a story. */
    private static final Set<String> GENERIC_SEGMENTS = Set.of("live", "news", "index", "amp", "default");

    private StoryNames() {}

    static Story story(PageSource source) {
        ReadOptions options = source.options();
        String title = stem(source.name());
        String slug = options.storySlug()
                .orElseGet(() -> Slugs.of(options.storyUrl().map(StoryNames::urlName).orElse(title)));
        return new Story(slug, title, options.storyUrl());
    }

    /** "https://example.org/news/live/harbour-storm-2031" → "harbour-storm-2031"; the host when no segment tells. */
    static String urlName(String url) {
        URI uri = URI.create(url);
        List<String> segments = Arrays.stream(Objects.requireNonNullElse(uri.getPath(), "").split("/"))
                .map(StoryNames::stem)
                .filter(s -> !s.isEmpty() && !GENERIC_SEGMENTS.contains(s.toLowerCase(Locale.ROOT)))
                .toList();
        return segments.isEmpty() ? Objects.requireNonNullElse(uri.getHost(), url) : segments.get(segments.size() - 1);
    }

    /** A file name without its folders and extension: "seeds/000_c97f.txt" → "000_c97f". */
    static String stem(String name) {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
