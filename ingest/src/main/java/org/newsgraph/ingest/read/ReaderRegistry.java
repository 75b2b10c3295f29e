package org.newsgraph.ingest.read;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a page of any known format with that format's reader: the format is told by
 * {@link PageFormat#of}, unless the caller fixes it.
 * <pre>
 * StoryReader reader = ReaderRegistry.standard();                        // tells the format of each page
 * StoryReader feeds = ReaderRegistry.standard().fixed(PageFormat.RSS);  // every page is RSS
 * </pre>
 * Stateless, like its readers.
 */
public final class ReaderRegistry implements StoryReader {
    private final Map<PageFormat, StoryReader> readers;
    private final Optional<PageFormat> fixed;

    private ReaderRegistry(Map<PageFormat, StoryReader> readers, Optional<PageFormat> fixed) {
        this.readers = readers;
        this.fixed = fixed;
    }

    /** A reader for every format newsgraph knows. */
    public static ReaderRegistry standard() {
        Map<PageFormat, StoryReader> readers = new EnumMap<>(PageFormat.class);
        readers.put(PageFormat.PLAIN_TEXT, new PlainTextLivePageReader());
        readers.put(PageFormat.JSON_LD, new LiveBlogJsonLdReader());
        readers.put(PageFormat.HTML, new HtmlPageReader());
        readers.put(PageFormat.RSS, new RssFeedReader());
        readers.put(PageFormat.ATOM, new AtomFeedReader());
        return new ReaderRegistry(Map.copyOf(readers), Optional.empty());
    }

    /** These readers, reading every page in the given format whatever it looks like. */
    public ReaderRegistry fixed(PageFormat format) {
        return new ReaderRegistry(readers, Optional.of(Objects.requireNonNull(format, "format")));
    }

    /** The reader that would read the page. */
    public StoryReader readerFor(PageSource source) {
        return readers.get(fixed.orElseGet(() -> PageFormat.of(source)));
    }

    @Override
    public ReadResult read(PageSource source) {
        return readerFor(source).read(source);
    }
}
