package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatchingTest {
    @Test
    void ignoresCaseSpacesAndALeadingThe() {
        assertEquals("harbour trust", NameMatching.normalise("  The   HARBOUR\tTrust "));
        assertEquals("harbour trust", NameMatching.normalise("the harbour trust"));
        assertEquals("theatre guild", NameMatching.normalise("Theatre Guild"), "only \"the\" as a word is dropped");
        assertEquals("port of the isles", NameMatching.normalise("Port of the Isles"), "only a leading \"the\"");
    }

    @Test
    void treatsPythonWhitespaceAsWhitespace() {
        // NEL, the ideographic space and the narrow no-break space are spaces to Python, not all to Java.
        assertEquals("mara quint", NameMatching.normalise("\u0085Mara\u3000\u202fQuint\u0085"));
    }

    @Test
    void straightensQuotesAndDashesAndTrimsEdgePunctuation() {
        assertEquals("o'neill", NameMatching.normalise("O\u2019Neill"));
        assertEquals("north-east quay", NameMatching.normalise("North\u2013East Quay"));
        assertEquals("minus-five", NameMatching.normalise("minus\u2212five"));
        assertEquals("harbour board", NameMatching.normalise("\u201cHarbour Board.\u201d"));
        assertEquals("harbour board ", NameMatching.normalise("Harbour board ."),
                "spaces are trimmed before the punctuation, as the reference does");
    }

    @Test
    void appliesCompatibilityNormalisation() {
        assertEquals("fisheries", NameMatching.normalise("ﬁsheries"));
        assertEquals("kyiv", NameMatching.normalise("Kyiv\u00a0"));
    }

    @Test
    void normalisesTitlesToWordsWithBritishDefence() {
        assertEquals("defence secretary", NameMatching.normaliseTitle("Defense Secretary"));
        assertEquals("defenseless minister", NameMatching.normaliseTitle("Defenseless Minister"), "a whole word only");
        assertEquals("minister of state for the harbour", NameMatching.normaliseTitle("Minister-of-State (for the Harbour)"));
        assertEquals("", NameMatching.normaliseTitle(" -- "));
    }

    @Test
    void matchesTitlesEqualOrContainedAsWholeWords() {
        List<String> gold = List.of("Harbour Master", "Master of the Port");
        assertTrue(NameMatching.titleMatches("harbour master", gold));
        assertTrue(NameMatching.titleMatches("Deputy Harbour Master", gold), "the gold title inside the predicted");
        assertTrue(NameMatching.titleMatches("Master", gold), "the predicted title inside a gold one");
        assertFalse(NameMatching.titleMatches("Harbour Mast", gold), "not a whole word");
        assertFalse(NameMatching.titleMatches("Ferry Captain", gold));
        assertFalse(NameMatching.titleMatches("...", gold), "an empty title matches nothing");
        assertTrue(NameMatching.titleMatches("US Defense Secretary", List.of("Defence Secretary")));
    }
}
