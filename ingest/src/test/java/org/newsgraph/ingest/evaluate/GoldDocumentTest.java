package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldDocumentTest {
    @Test
    void readsPostsEntitiesRolesAndEvents() throws Exception {
        GoldDocument gold = GoldDocument.read(ExtractionScorerTest.resource("harbour-gold.json"));

        assertEquals(Optional.of("harbour-talks.txt"), gold.document());
        assertEquals(List.of(new GoldPost(1, "Harbour talks end with a fund", "2031-01-14T16:40:00+00:00",
                List.of("Marta Quillfeather"), false)), gold.posts());
        assertEquals(new GoldEntity("Ana Lopes", "Person", List.of("Lopes"),
                List.of(new GoldRole("Finance Minister", List.of("minister of finance"), "Portugal", List.of(), false)),
                false), gold.entities().get(2));
        assertTrue(gold.entities().get(5).optional());

        GoldEvent pledge = gold.events("Pledge").get(0);
        assertEquals("P1", pledge.id());
        assertEquals(List.of(1), pledge.posts());
        assertEquals(List.of("Portugal", "Ana Lopes"), pledge.arg("pledger"));
        assertEquals(List.of(new GoldAmount(2e9, "EUR"), new GoldAmount(1.7e9, "gbp")), pledge.amounts(),
                "a value may be written as a string");
        assertFalse(pledge.args().containsKey("amount"));
        assertEquals(List.of("The ports of Cape Verde will be rebuilt by the spring"),
                gold.events("Statement").get(0).arg("quote"), "a single value is a list of one");
        assertTrue(gold.events("Visit").get(0).optional());
    }

    @Test
    void optionalIsTrueWhenTruthyAsInPython() {
        GoldDocument gold = GoldDocument.parse("gold.json", """
                {"entities": [{"label": "A", "type": "Place", "optional": 1},
                              {"label": "B", "type": "Place", "optional": ""},
                              {"label": "C", "type": "Place", "optional": "yes"},
                              {"label": "D", "type": "Place", "optional": null}]}""");
        assertEquals(List.of(true, false, true, false), gold.entities().stream().map(GoldEntity::optional).toList());
    }

    @Test
    void toleratesWhatTheReferenceScorerNeverReads() {
        GoldDocument gold = GoldDocument.parse("gold.json", """
                {"events": [{"type": "Meeting", "args": {"time": [2031, {"note": "x"}]}, "evidence": "…"}]}""");
        GoldEvent meeting = gold.events().get(0);
        assertEquals("events[0]", meeting.id(), "an event without an id is named by its place");
        assertEquals(Map.of("time", List.of("2031")), meeting.args());
        assertEquals(Optional.empty(), gold.document());
    }

    @Test
    void refusesWhatTheScorerNeedsAndCannotHave() {
        assertEquals("gold.json: an entity has no \"label\" string", assertThrows(GoldRefused.class,
                () -> GoldDocument.parse("gold.json", "{\"entities\": [{\"type\": \"Place\"}]}")).getMessage());
        assertTrue(assertThrows(GoldRefused.class, () -> GoldDocument.parse("gold.json", "[1, 2]"))
                .getMessage().startsWith("gold.json: not a JSON object"));
        assertTrue(assertThrows(GoldRefused.class, () -> GoldDocument.parse("gold.json", """
                {"events": [{"id": "P9", "type": "Pledge", "args": {"amount": [{"value": "lots", "currency": "EUR"}]}}]}
                """)).getMessage().contains("P9"));
        assertTrue(assertThrows(GoldRefused.class, () -> GoldDocument.parse("gold.json",
                "{\"entities\": [{\"label\": \"A\", \"type\": \"Place\", \"aliases\": [3]}]}"))
                .getMessage().contains("aliases"));
    }
}
