package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteOverlapTest {
    @Test
    void contentWordsLeaveOutFunctionWordsAndPunctuation() {
        assertEquals(Set.of("ferry", "run", "every", "two", "hours", "monday"),
                QuoteOverlap.contentWords("The ferry will run every two hours from Monday."));
        assertEquals(Set.of("harbour", "open"), QuoteOverlap.contentWords("It's the harbour\u2019s: \u201copen\u201d"),
                "the possessive s is a stop word");
    }

    @Test
    void contentWordsKeepAccentedLatinAndCyrillic() {
        assertEquals(Set.of("café", "порт", "2031"), QuoteOverlap.contentWords("Café ПОРТ 2031"));
    }

    @Test
    void theOverlapCoefficientCountsAShortQuoteInsideALongOneInFull() {
        assertEquals(1.0, QuoteOverlap.of(List.of("storm barrier holds"),
                List.of("The storm barrier holds, the keeper said, and the quay is dry")));
    }

    @Test
    void theOverlapIsOverTheSmallerSetOfAllQuotes() {
        // predicted {ferry, late, again} vs gold {ferry, late, storm, quay}: 2 of the smaller 3
        assertEquals(2.0 / 3, QuoteOverlap.of(List.of("the ferry is late", "again"),
                List.of("ferry late", "storm at the quay")));
    }

    @Test
    void noContentWordsMeansNoOverlap() {
        assertEquals(0.0, QuoteOverlap.of(List.of("it was what it was"), List.of("was it")));
        assertEquals(0.0, QuoteOverlap.of(List.of(), List.of("ferry")));
    }
}
