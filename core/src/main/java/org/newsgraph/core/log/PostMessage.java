package org.newsgraph.core.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.core.story.Byline;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.Post;
import org.newsgraph.core.story.Story;

/**
 * A message of {@link Topics#POSTS}: one post as a reader read it, when, and a hash of its content;
 * keyed by its story's slug. The value is JSON:
 * <pre>
 *   {"story": {"slug", "title", "url"}, "id", "position", "headline", "body", "publishedAt",
 *    "authors": [{"name", "roleLine"}], "breaking", "images": [{"caption", "credit"}], "line",
 *    "readAt": "2026-03-03T14:21:07Z", "hash": "sha-256 of the content"}
 *
 *   byte[] value = new PostMessage(post, Instant.now()).encode();
 *   PostMessage read = PostMessage.decode(value);   // MessageRefused when garbled
 * </pre>
 * The hash covers what the story says (headline, body, time, bylines, pictures), not the position,
 * so a worker tells an edited post from one that merely moved down the page.
 *
 * @param post   the post
 * @param readAt when it was read: of two versions of a post, the later read wins, whatever order they arrive in
 */
public record PostMessage(Post post, Instant readAt) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public PostMessage {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(readAt, "readAt");
    }

    /** The message's key: the story's slug. */
    public String key() {
        return post.story().slug();
    }

    /** The SHA-256 of what the post says, in hex. */
    public String hash() {
        StringBuilder content = new StringBuilder()
                .append(post.headline()).append('\u0000').append(post.body()).append('\u0000')
                .append(post.publishedAt()).append('\u0000').append(post.breaking());
        post.authors().forEach(a -> content.append('\u0000').append(a.name()).append('|').append(a.roleLine().orElse("")));
        post.images().forEach(i -> content.append('\u0000').append(i.caption()).append('|').append(i.credit().orElse("")));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The JSON value. */
    public byte[] encode() {
        ObjectNode json = JSON.createObjectNode();
        ObjectNode story = json.putObject("story");
        story.put("slug", post.story().slug()).put("title", post.story().title());
        post.story().url().ifPresent(u -> story.put("url", u));
        json.put("id", post.id()).put("position", post.position()).put("headline", post.headline())
                .put("body", post.body()).put("publishedAt", post.publishedAt().toString());
        ArrayNode authors = json.putArray("authors");
        post.authors().forEach(a -> {
            ObjectNode author = authors.addObject().put("name", a.name());
            a.roleLine().ifPresent(r -> author.put("roleLine", r));
        });
        json.put("breaking", post.breaking());
        ArrayNode images = json.putArray("images");
        post.images().forEach(i -> {
            ObjectNode image = images.addObject().put("caption", i.caption());
            i.credit().ifPresent(c -> image.put("credit", c));
        });
        json.put("line", post.line()).put("readAt", readAt.toString()).put("hash", hash());
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The message a value holds.
     *
     * @throws MessageRefused when it is not JSON, misses a field, or a field is not what a post allows (naming it)
     */
    public static PostMessage decode(byte[] value) {
        if (value == null) {
            throw new MessageRefused("a post message needs a value");
        }
        JsonNode json;
        try {
            json = JSON.readTree(value);
        } catch (IOException e) {
            throw new MessageRefused("not JSON: " + e.getMessage(), e);
        }
        try {
            JsonNode s = required(json, "story");
            Story story = new Story(text(s, "slug"), text(s, "title"), optional(s, "url"));
            List<Byline> authors = new ArrayList<>();
            json.path("authors").forEach(a -> authors.add(new Byline(text(a, "name"), optional(a, "roleLine"))));
            List<Image> images = new ArrayList<>();
            json.path("images").forEach(i -> images.add(new Image(text(i, "caption"), optional(i, "credit"))));
            Post post = new Post(story, text(json, "id"), required(json, "position").asInt(), text(json, "headline"),
                    text(json, "body"), OffsetDateTime.parse(text(json, "publishedAt")), authors,
                    json.path("breaking").asBoolean(false), images, json.path("line").asInt(0));
            return new PostMessage(post, Instant.parse(text(json, "readAt")));
        } catch (DateTimeParseException e) {
            throw new MessageRefused("a post message's time is not ISO 8601: " + e.getParsedString(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MessageRefused("not a post: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            throw new MessageRefused("a post message needs \"" + field + "\"");
        }
        return node;
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = required(json, field);
        if (!node.isTextual()) {
            throw new MessageRefused("\"" + field + "\" of a post message is not text: " + node);
        }
        return node.asText();
    }

    private static Optional<String> optional(JsonNode json, String field) {
        return Optional.ofNullable(json.get(field)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }
}
