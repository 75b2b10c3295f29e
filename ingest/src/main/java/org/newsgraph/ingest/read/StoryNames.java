package org.newsgraph.ingest.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.iri.Slugs;
import org.newsgraph.core.story.Story;

/**
 * The story of a page, named from the caller's options, the page and where it came from: its
 * slug is the given slug, else the last telling segment of its URL, else its file name; its
 * title is the page's own, else the file name, since a plain-text page prints none. Its URL is
 * the caller's, else the one the page gives for itself, else the one it was fetched from.
 */
final class StoryNames {
    /** URL segments that name a kind of page rather than a story. */
    private static final Set<String> GENERIC_SEGMENTS = Set.of("live", "news", "index", "amp", "default");

    private StoryNames() {}

    static Story story(PageSource source) {
        return story(source, Optional.empty(), Optional.empty());
    }

    /**
     * The story of a page that may print its own title and URL; a URL that is not absolute
     * http(s) is ignored (a page may give its own address relative to nothing).
     */
    static Story story(PageSource source, Optional<String> ownTitle, Optional<String> ownUrl) {
        ReadOptions options = source.options();
        Optional<String> url = options.storyUrl()
                .or(() -> ownUrl.map(String::strip).filter(StoryNames::isWebAddress))
                .or(source::address);
        String title = ownTitle.map(String::strip).filter(t -> !t.isEmpty()).orElseGet(() -> stem(source.name()));
        String slug = options.storySlug()
                .orElseGet(() -> Slugs.of(url.map(StoryNames::urlName).orElseGet(() -> stem(source.name()))));
        return new Story(slug, title, url);
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
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
