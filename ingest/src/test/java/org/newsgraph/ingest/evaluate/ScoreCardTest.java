package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The micro-average over pages: counts summed per category, never F1s averaged. */
class ScoreCardTest {
    private static ScoreCard page(Score meetings, Score attacks, Score entities, Score roles) {
        return new ScoreCard(Optional.of("page.txt"), Map.of("Meeting", meetings, "Attack", attacks), entities, roles);
    }

    @Test
    void microSumsEachCategoryOverThePages() {
        // A small page found everything; a big one found little.
        ScoreCard small = page(new Score(2, 2, 2, 0, 0), new Score(1, 1, 1, 1, 0), new Score(5, 5, 5, 0, 0),
                new Score(1, 1, 1, 0, 0));
        ScoreCard big = page(new Score(10, 4, 2, 0, 1), new Score(7, 0, 0, 0, 0), new Score(20, 25, 15, 2, 3),
                new Score(6, 1, 0, 0, 0));

        ScoreCard micro = ScoreCard.micro(List.of(small, big));

        assertEquals(Optional.empty(), micro.document());
        assertEquals(new Score(12, 6, 4, 0, 1), micro.events().get("Meeting"));
        assertEquals(new Score(8, 1, 1, 1, 0), micro.events().get("Attack"));
        assertEquals(new Score(25, 30, 20, 2, 3), micro.entities());
        assertEquals(new Score(7, 2, 1, 0, 0), micro.roles());
        assertEquals(new Score(20, 7, 5, 1, 1), micro.allEvents());
        // 5 of 20 found, 5 of 7 right: F1 0.370, well below the mean of the pages' F1s (1.0 and 0.190).
        assertEquals(2.0 * 5 / (20 + 7), micro.extractionF1(), 1e-12);
        assertEquals(0.5952, (small.extractionF1() + big.extractionF1()) / 2, 1e-4);
    }

    @Test
    void noPagesIsAnEmptyCard() {
        ScoreCard micro = ScoreCard.micro(List.of());
        assertEquals(Map.of(), micro.events());
        assertEquals(new Score(0, 0, 0, 0, 0), micro.entities());
    }
}
