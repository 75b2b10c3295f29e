package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.story.Image;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.pipeline.Warnings;

/** Odd posts: nothing fails, what can be extracted is, and the warnings say what was skipped. */
class BadInputTest {

    @Test
    void oddTextDoesNotFail() {
        Warnings w = new Warnings();
        String longPost = "The river rose again overnight and the council said more pumps were coming. ".repeat(4_000);
        List<PostFacts> f = Stories.extract(w,
                Stories.post(1, "Der Bundestag hat heute über den Haushalt abgestimmt, und die Opposition kritisierte "
                        + "die Regierung scharf für die geplanten Kürzungen bei der Bahn und den Schulen im ganzen Land."),
                Stories.post(2, longPost),
                Stories.post(3, "Image source, Getty Images"),
                Stories.post(4, "\u201cWe\u2019re ready,\u201d said Olaf\u00A0Scholz \uD83C\uDDE9\uD83C\uDDEA at 10:00. "
                        + "About 3,000 people and 12.5 tonnes of food arrived."),
                Stories.post(5, "", List.of(new Image("Ali KhanImage source, EPA", Optional.of("EPA")))),
                Stories.post(6, "\u00A0\u00A0\n\n\u2022 \u2022\n\n???"));
        assertEquals(6, f.size());
        assertTrue(w.countsByKind().getOrDefault("non-english", 0) >= 1, w.countsByKind().toString());
        assertTrue(w.countsByKind().getOrDefault("long-post", 0) >= 1, w.countsByKind().toString());
        assertTrue(f.get(0).events().isEmpty());
        assertTrue(f.get(3).entities().stream().anyMatch(e -> e.label().contains("Scholz")), f.get(3).entities().toString());
    }

    @Test
    void evidenceSelectsTheSentenceOfTheBody() {
        String body = "Intro line.\n\nNorway\u00A0pledged \u20ac300m in aid to Kenya on Monday, officials said.";
        PostFacts f = Stories.one(body);
        assertTrue(!f.events().isEmpty(), f.toString());
        f.events().forEach(e -> e.grounding().evidence().forEach(m ->
                assertEquals(body.substring(m.start(), m.end()), m.text())));
    }
}
