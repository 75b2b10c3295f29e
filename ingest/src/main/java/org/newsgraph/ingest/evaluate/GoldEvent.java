package org.newsgraph.ingest.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A gold event.
 *
 * @param id       its name in the gold ("P1")
 * @param type     Meeting, Pledge, Accusation, Statement, Visit or Attack
 * @param posts    the positions of every post that reports it
 * @param args     its arguments by the ontology's property names: entity-valued ones list the labels
 *                 of the acceptable gold entities, text-valued ones (quote, allegation) the texts
 * @param amounts  a pledge's amounts, one per currency the text gives
 * @param optional a borderline event, never missed and never a false positive
 * @param evidence the sentence that reports it and the post that sentence is in, when the gold gives them
 */
public record GoldEvent(String id, String type, List<Integer> posts, Map<String, List<String>> args,
                        List<GoldAmount> amounts, boolean optional, Optional<Evidence> evidence) {
    public GoldEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        posts = List.copyOf(posts);
        args = args.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        amounts = List.copyOf(amounts);
    }

    /** The values of an argument; empty when the event does not have it. */
    public List<String> arg(String name) {
        return args.getOrDefault(name, List.of());
    }

    /**
     * The sentence of the page that grounds a gold event.
     *
     * @param sentence the sentence, as the page gives it
     * @param post     the position of its post; 0 when the gold does not say
     */
    public record Evidence(String sentence, int post) {
        public Evidence {
            Objects.requireNonNull(sentence, "sentence");
        }
    }
}
