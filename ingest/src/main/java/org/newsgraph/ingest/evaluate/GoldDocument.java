package org.newsgraph.ingest.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A gold annotation of one live page: its posts, the entities it names (with their roles) and
 * the events it reports, in the JSON shape of the shared evaluation folder.
 * <pre>
 *   GoldDocument gold = GoldDocument.read(Path.of("../shared/eval/seed-gold.json"));
 *   ScoreCard card = ExtractionScorer.of(gold).score(store);
 * </pre>
 *
 * @param document the name of the annotated page file, when the gold gives it
 * @param year     the year of the page's posts, when the gold gives it
 * @param posts    the page's posts, top first
 * @param entities every entity, required and optional
 * @param events   every event, required and optional
 */
public record GoldDocument(Optional<String> document, OptionalInt year, List<GoldPost> posts,
                           List<GoldEntity> entities, List<GoldEvent> events) {
    public GoldDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(year, "year");
        posts = List.copyOf(posts);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /**
     * Reads a gold file (UTF-8 JSON).
     *
     * @throws GoldRefused when it is not JSON or lacks a field the scorer needs, naming the file
     * @throws IOException when it cannot be read
     */
    public static GoldDocument read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file));
    }

    /** Parses gold JSON; {@code source} names it in messages. */
    public static GoldDocument parse(String source, String json) {
        return new GoldJson(source).document(json);
    }

    /** The events of one type ("Pledge"), in file order. */
    public List<GoldEvent> events(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }
}
