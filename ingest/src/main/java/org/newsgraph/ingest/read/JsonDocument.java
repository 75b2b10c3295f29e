package org.newsgraph.ingest.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON text parsed with Jackson, which remembers the line of every value, so that a message
 * about a bad value can name its line as well as its path.
 */
final class JsonDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private JsonDocument(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /**
     * Parses the text, whose first line is line {@code firstLine} of the source (1 for a JSON
     * file, the line of the {@code <script>} for JSON-LD embedded in HTML).
     *
     * @throws PageRefused when the text is not JSON, naming the line and column
     */
    static JsonDocument parse(String source, String text, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY && token != JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            firstLine - 1 + parser.currentTokenLocation().getLineNr());
                }
            }
            return new JsonDocument(JSON.readTree(text), lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? firstLine : firstLine - 1 + Math.max(1, at.getLineNr());
            throw new PageRefused(source, line, "not JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            // Parsing a String reads no file or socket.
            throw new UncheckedIOException(e);
        }
    }

    JsonNode root() {
        return root;
    }

    /** The line of the value at the pointer, or of its nearest ancestor that has one. */
    int line(JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null; p = p.head()) {
            Integer line = lines.get(p.toString());
            if (line != null) {
                return line;
            }
        }
        return lines.getOrDefault("", 1);
    }

    /**
     * The pointer as a reader would write the path: {@code /liveBlogUpdate/2/datePublished}
     * → {@code liveBlogUpdate[2].datePublished}.
     */
    static String path(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return path.length() == 0 ? "the document" : path.toString();
    }
}
