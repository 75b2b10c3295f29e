package org.newsgraph.ingest.read;

/**
 * Reads a JSON-LD document that holds a schema.org {@code LiveBlogPosting}: see
 * {@link LiveBlogPosting} for what is read from it. A post that cannot be read is reported with
 * its line and JSON path ({@code live.json: line 31: liveBlogUpdate[2].datePublished "soon" is
 * not an ISO 8601 date-time ...}); the others are kept.
 * <pre>
 * ReadResult result = new LiveBlogJsonLdReader().read(LivePageFiles.source(Path.of("summit.jsonld"), ReadOptions.none()));
 * </pre>
 */
public final class LiveBlogJsonLdReader implements StoryReader {

    @Override
    public ReadResult read(PageSource source) {
        if (source.text().isBlank()) {
            throw new PageRefused(source.name(), "the file is empty");
        }
        JsonDocument document = JsonDocument.parse(source.name(), source.text(), 1);
        return LiveBlogPosting.find(source, document)
                .orElseThrow(() -> new PageRefused(source.name(), "no schema.org LiveBlogPosting in the JSON-LD"))
                .read();
    }
}
