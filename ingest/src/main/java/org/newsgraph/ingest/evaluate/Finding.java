package org.newsgraph.ingest.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One error of an extraction, as the explanation lists it: a required gold item no prediction
 * matched, a prediction that matched nothing, or a duplicate of a prediction that did.
 * <pre>
 *   for (Finding f : ExtractionScorer.of(gold).explain(store).findings()) {
 *       f.category();   // "Accusation", "entities" or "roles"
 *       f.outcome();    // MISSED
 *       f.note();       // "nearest prediction ...: accuser matches, accused does not match"
 *   }
 * </pre>
 *
 * @param page      the page the item belongs to (the gold's document name)
 * @param category  an event type, "entities" or "roles"
 * @param outcome   missed, spurious or duplicate
 * @param id        the gold event's id, the entity's label or the role holder's name
 * @param args      what the item says, by the ontology's property names ("accuser", "type", "title")
 * @param posts     the positions of the posts it is in
 * @param sentences the sentences that ground it (the gold's evidence, the graph's evidence)
 * @param note      why it came close to something it did not match, or what it duplicates
 */
public record Finding(String page, String category, Outcome outcome, String id, Map<String, List<String>> args,
                      List<Integer> posts, List<String> sentences, Optional<String> note) {
    public Finding {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(id, "id");
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        posts = List.copyOf(posts);
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(note, "note");
    }

    /** What went wrong with an item. */
    public enum Outcome {
        /** A required gold item that no prediction was paired with. */
        MISSED,
        /** A prediction that matches no gold item. */
        SPURIOUS,
        /** A prediction that matches only gold items other predictions took. */
        DUPLICATE
    }
}
