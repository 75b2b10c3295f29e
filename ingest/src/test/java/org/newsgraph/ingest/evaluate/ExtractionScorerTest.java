package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;

/** The scorer on predictions whose scores were counted by hand from the rules. */
class ExtractionScorerTest {
    static Path resource(String name) throws URISyntaxException {
        return Path.of(ExtractionScorerTest.class.getResource("/evaluate/" + name).toURI());
    }

    /** A store holding the raw RDF of harbour-predictions.trig, which the shapes would not all let in. */
    static Store harbourStore() throws URISyntaxException {
        Store store = Store.inMemory(IriMinter.DEFAULT_BASE);
        store.load(resource("harbour-predictions.trig"));
        return store;
    }

    @Test
    void rawRdfIsReadTheWayTheRulesSay() throws Exception {
        GoldDocument gold = GoldDocument.read(resource("harbour-gold.json"));
        try (Store store = harbourStore()) {
            ScoreCard card = ExtractionScorer.of(gold).score(store);

            // A country typed twice, an alias-only name, a subclass, a label with odd spacing: all right;
            // the place named like the optional Lisbon is ignored; North Quay is wrong.
            assertEquals(new Score(5, 6, 5, 1, 0), card.entities());
            // The role's country is a literal.
            assertEquals(new Score(1, 1, 1, 0, 0), card.roles());
            assertEquals(Map.of("Meeting", new Score(1, 1, 1, 0, 0),
                    "Pledge", new Score(1, 2, 1, 0, 0),
                    "Accusation", new Score(0, 0, 0, 0, 0),
                    "Statement", new Score(1, 3, 1, 0, 1),
                    "Visit", new Score(0, 0, 0, 0, 0),
                    "Attack", new Score(0, 0, 0, 0, 0)), card.events());
            assertEquals(new Score(3, 6, 3, 0, 1), card.allEvents());
            assertEquals(2.0 / 3, card.extractionF1(), 1e-12);
            assertEquals("harbour-talks.txt", card.document().orElseThrow());

            ScoreCard lenient = ExtractionScorer.of(gold).ignoringDuplicates(true).score(store);
            assertEquals(new Score(1, 2, 1, 1, 1), lenient.events().get("Statement"));
        }
    }

    @Test
    void theSeedPredictionsScoreAsCountedByHand() throws IOException {
        GoldDocument gold = GoldDocument.read(SharedFolder.seedGold());
        try (Store store = SeedPredictions.store()) {
            ScoreCard card = ExtractionScorer.of(gold).score(store);

            assertEquals(Map.of("Meeting", new Score(4, 4, 2, 2, 1),
                    "Pledge", new Score(3, 4, 2, 0, 1),
                    "Accusation", new Score(2, 3, 2, 2, 0),
                    "Statement", new Score(14, 7, 4, 1, 1),
                    "Visit", new Score(1, 3, 1, 0, 1),
                    "Attack", new Score(4, 6, 4, 1, 1)), card.events());
            // Moscow typed as a country duplicates Russia, but shares its name with the optional place Moscow.
            assertEquals(new Score(38, 31, 26, 4, 2), card.entities());
            // A byline names its author but no role: the store writes the author without one.
            assertEquals(new Score(14, 7, 4, 0, 1), card.roles());

            ScoreCard lenient = ExtractionScorer.of(gold).ignoringDuplicates(true).score(store);
            assertEquals(new Score(4, 3, 2, 3, 1), lenient.events().get("Meeting"));
            assertEquals(new Score(38, 30, 26, 5, 2), lenient.entities());
            assertEquals(new Score(14, 6, 4, 1, 1), lenient.roles());
        }
    }
}
