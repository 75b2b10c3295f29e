package org.newsgraph.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a saved or fetched HTML live page with jsoup. A page that embeds its posts as JSON-LD
 * (a {@code <script type="application/ld+json">} holding a schema.org {@code LiveBlogPosting})
 * is read from that, as {@link LiveBlogPosting} describes, with lines counted in the page.
 * Otherwise its markup is read as {@link HtmlArticles} describes.
 * <pre>
 * ReadResult result = new HtmlPageReader().read(LivePageFiles.source(Path.of("summit.html"), ReadOptions.none()));
 * </pre>
 */
public final class HtmlPageReader implements StoryReader {

    @Override
    public ReadResult read(PageSource source) {
        if (source.text().isBlank()) {
            throw new PageRefused(source.name(), "the file is empty");
        }
        Text.requireText(source.name(), source.text());
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document page = Jsoup.parse(source.text(), source.address().orElse(""), parser);
        List<String> broken = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            Optional<LiveBlogPosting> posting = posting(source, script, broken);
            if (posting.isPresent()) {
                return posting.get().read();
            }
        }
        return HtmlArticles.read(source, page, broken);
    }

    /** The live blog in one script; a script that is not JSON is noted and passed over. */
    private static Optional<LiveBlogPosting> posting(PageSource source, Element script, List<String> broken) {
        List<DataNode> data = script.dataNodes();
        if (data.isEmpty()) {
            return Optional.empty();
        }
        DataNode json = data.get(0);
        int line = json.sourceRange().isTracked() ? json.sourceRange().start().lineNumber()
                : script.sourceRange().start().lineNumber();
        try {
            return LiveBlogPosting.find(source, JsonDocument.parse(source.name(), json.getWholeData(), Math.max(1, line)));
        } catch (PageRefused e) {
            broken.add("line " + e.line().orElse(line) + ": " + e.reason());
            return Optional.empty();
        }
    }
}
