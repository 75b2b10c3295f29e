package org.newsgraph.ingest.read;

/**
 * A reader for one live-page format: turns a page's text into its story and posts.
 * <p>
 * A post that cannot be read is left out and reported as a {@link ReadProblem}; the other
 * posts are kept. A page that cannot be read at all (empty, not text, no posts, no year)
 * is refused with a {@link PageRefused} whose message names the file, the line and why.
 * Readers hold no state: one instance may read many pages, from any thread.
 * <pre>
 * StoryReader reader = new PlainTextLivePageReader();
 * ReadResult result = reader.read(LivePageFiles.source(path, ReadOptions.none().withYear(2025)));
 * result.problems().forEach(p -&gt; log.warn(p.describe(path.toString())));
 * </pre>
 */
public interface StoryReader {
    /**
     * Reads one page.
     *
     * @throws PageRefused when nothing of the page can be read
     */
    ReadResult read(PageSource source);
}
