package org.newsgraph.ingest.read;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.Story;

/**
 * A schema.org {@code LiveBlogPosting} in a JSON-LD document: the story is the posting
 * ({@code headline} or {@code name}, {@code url} or {@code @id}), each of its
 * {@code liveBlogUpdate} entries a post:
 * <ul>
 *   <li>{@code headline} (else {@code name}, else the text's first sentence);</li>
 *   <li>{@code articleBody} (else {@code text}, else {@code description}): plain text or HTML;</li>
 *   <li>{@code datePublished} (else {@code dateCreated}, else {@code dateModified}): ISO 8601 with an offset, required;</li>
 *   <li>{@code author}: a name, a Person or Organization ({@code name}, {@code jobTitle} as the byline's role), or a list;</li>
 *   <li>{@code image}: an ImageObject ({@code caption} or {@code description} or {@code name}; {@code creditText} or
 *       {@code copyrightHolder} or {@code creator} as its credit), or a list; a bare URL names no picture worth storing;</li>
 *   <li>{@code url} (else {@code @id}): the post's own address, which gives its id.</li>
 * </ul>
 * The posting may be the document, sit in a {@code @graph} or a list, or be nested in another
 * object; the first one found is read. Keys may carry the {@code schema:} prefix or the full
 * schema.org IRI. The {@code @context} is not fetched: the document is read as schema.org
 * writes it, not expanded.
 */
final class LiveBlogPosting {
    private static final String TYPE = "LiveBlogPosting";
    private static final List<String> PREFIXES = List.of("", "schema:", "http://schema.org/", "https://schema.org/");
    /** How deep the posting is looked for: pages nest it in a WebPage or two, never deeper. */
    private static final int MAX_DEPTH = 6;

    private final PageSource source;
    private final JsonDocument document;
    private final JsonNode posting;
    private final JsonPointer at;

    private LiveBlogPosting(PageSource source, JsonDocument document, JsonNode posting, JsonPointer at) {
        this.source = source;
        this.document = document;
        this.posting = posting;
        this.at = at;
    }

    /** The first live blog posting in the document, if any. */
    static Optional<LiveBlogPosting> find(PageSource source, JsonDocument document) {
        return find(document.root(), JsonPointer.empty(), 0)
                .map(p -> new LiveBlogPosting(source, document, document.root().at(p), p));
    }

    private static Optional<JsonPointer> find(JsonNode node, JsonPointer pointer, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (node.isObject() && types(node).anyMatch(TYPE::equals)) {
            return Optional.of(pointer);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<JsonPointer> found = find(node.get(i), pointer.appendIndex(i), depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Optional<JsonPointer> found = find(field.getValue(), pointer.appendProperty(field.getKey()), depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The types an object declares, without prefixes. */
    private static Stream<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        Stream<JsonNode> values = type == null ? Stream.empty()
                : type.isArray() ? Stream.iterate(0, i -> i < type.size(), i -> i + 1).map(type::get) : Stream.of(type);
        return values.filter(JsonNode::isTextual).map(JsonNode::asText)
                .map(t -> t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1));
    }

    /** The story and its posts. */
    ReadResult read() {
        Story story = StoryNames.story(source, text(posting, "headline").or(() -> text(posting, "name")),
                text(posting, "url").or(() -> Optional.ofNullable(posting.get("@id")).map(JsonNode::asText)));
        String key = key(posting, "liveBlogUpdate").orElseThrow(() -> new PageRefused(source.name(),
                document.line(at), JsonDocument.path(at) + " is a LiveBlogPosting without liveBlogUpdate entries"));
        JsonNode updates = posting.get(key);
        JsonPointer list = at.appendProperty(key);
        List<PostEntry> entries = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        int count = updates.isArray() ? updates.size() : 1;
        for (int i = 0; i < count; i++) {
            JsonPointer pointer = updates.isArray() ? list.appendIndex(i) : list;
            try {
                entries.add(entry(updates.isArray() ? updates.get(i) : updates, pointer));
            } catch (PostRefused e) {
                problems.add(e.problem());
            }
        }
        return PostEntry.result(story, entries, problems);
    }

    private PostEntry entry(JsonNode update, JsonPointer pointer) throws PostRefused {
        int line = document.line(pointer);
        String path = JsonDocument.path(pointer);
        if (!update.isObject()) {
            throw new PostRefused(line, path + " is not an object but " + update.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String body = text(update, "articleBody").or(() -> text(update, "text")).or(() -> text(update, "description"))
                .orElse("");
        String paragraphs = HtmlText.paragraphs(body);
        String headline = text(update, "headline").or(() -> text(update, "name")).map(HtmlText::inline)
                .filter(h -> !h.isEmpty())
                .or(() -> Headlines.fromText(paragraphs))
                .orElseThrow(() -> new PostRefused(line, path + " has no headline, and no text to take one from"));
        String dateKey = Stream.of("datePublished", "dateCreated", "dateModified")
                .map(k -> key(update, k)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new PostRefused(line, path + " has no datePublished"));
        JsonPointer datePointer = pointer.appendProperty(dateKey);
        OffsetDateTime published = Timestamps.iso(text(update, dateKey).orElse(""), document.line(datePointer),
                JsonDocument.path(datePointer));
        List<Image> images = new ArrayList<>(HtmlText.images(body));
        each(update, "image").forEach(image -> image(image).ifPresent(images::add));
        return new PostEntry(line, text(update, "url").or(() -> Optional.ofNullable(update.get("@id")).map(JsonNode::asText)),
                headline, paragraphs, published, authors(update), images);
    }

    private static List<Byline> authors(JsonNode update) {
        return each(update, "author").map(author -> author.isObject()
                        ? text(author, "name").map(name -> new Byline(HtmlText.inline(name),
                                text(author, "jobTitle").map(HtmlText::inline)))
                        : Optional.of(author).filter(JsonNode::isTextual).map(JsonNode::asText)
                                .map(name -> new Byline(HtmlText.inline(name), Optional.empty())))
                .flatMap(Optional::stream)
                .filter(b -> !b.name().isBlank())
                .toList();
    }

    private static Optional<Image> image(JsonNode image) {
        if (!image.isObject()) {
            return Optional.empty();
        }
        String caption = text(image, "caption").or(() -> text(image, "description")).or(() -> text(image, "name"))
                .map(HtmlText::inline).orElse("");
        Optional<String> credit = text(image, "creditText")
                .or(() -> Stream.of("copyrightHolder", "creator", "author")
                        .flatMap(k -> each(image, k))
                        .map(n -> n.isObject() ? text(n, "name") : Optional.of(n.asText()))
                        .flatMap(Optional::stream).findFirst())
                .map(HtmlText::inline).filter(c -> !c.isEmpty());
        return caption.isEmpty() && credit.isEmpty() ? Optional.empty() : Optional.of(new Image(caption, credit));
    }

    /** The key under which an object holds a schema.org property, prefixed or not. */
    private static Optional<String> key(JsonNode node, String property) {
        return PREFIXES.stream().map(p -> p + property).filter(node::has).findFirst();
    }

    /** The values of a property: each item of a list, or the single value. */
    private static Stream<JsonNode> each(JsonNode node, String property) {
        return key(node, property).map(node::get)
                .map(v -> v.isArray() ? Stream.iterate(0, i -> i < v.size(), i -> i + 1).map(v::get) : Stream.of(v))
                .orElseGet(Stream::empty);
    }

    /** The text of a property: a string, a {@code @value}, or the first of a list of them. */
    private static Optional<String> text(JsonNode node, String property) {
        return each(node, property)
                .map(v -> v.isObject() ? v.get("@value") : v)
                .filter(v -> v != null && v.isValueNode() && !v.isNull())
                .map(JsonNode::asText)
                .findFirst();
    }
}
