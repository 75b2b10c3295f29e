package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void ignoresCaseSpacesAndALeadingThe() {
        assertEquals("harbour trust", Names.normalise("  The   HARBOUR\tTrust "));
        assertEquals("harbour trust", Names.normalise("the harbour trust"));
        assertEquals("theatre guild", Names.normalise("Theatre Guild"), "only \"the\" as a word is dropped");
        assertEquals("port of the isles", Names.normalise("Port of the Isles"), "only a leading \"the\"");
    }

    @Test
    void treatsPythonWhitespaceAsWhitespace() {
        // NEL, the ideographic space and the narrow no-break space are spaces to Python, not all to Java.
        assertEquals("mara quint", Names.normalise("\u0085Mara\u3000\u202fQuint\u0085"));
    }

    @Test
    void straightensQuotesAndDashesAndTrimsEdgePunctuation() {
        assertEquals("o'neill", Names.normalise("O\u2019Neill"));
        assertEquals("north-east quay", Names.normalise("North\u2013East Quay"));
        assertEquals("minus-five", Names.normalise("minus\u2212five"));
        assertEquals("harbour board", Names.normalise("\u201cHarbour Board.\u201d"));
        assertEquals("harbour board ", Names.normalise("Harbour board ."),
                "spaces are trimmed before the punctuation, as the reference does");
    }

    @Test
    void appliesCompatibilityNormalisation() {
        assertEquals("fisheries", Names.normalise("ﬁsheries"));
        assertEquals("kyiv", Names.normalise("Kyiv\u00a0"));
    }

    @Test
    void normalisesTitlesToWordsWithBritishDefence() {
        assertEquals("defence secretary", Names.normaliseTitle("Defense Secretary"));
        assertEquals("defenseless minister", Names.normaliseTitle("Defenseless Minister"), "a whole word only");
        assertEquals("minister of state for the harbour", Names.normaliseTitle("Minister-of-State (for the Harbour)"));
        assertEquals("", Names.normaliseTitle(" -- "));
    }

    @Test
    void matchesTitlesEqualOrContainedAsWholeWords() {
        List<String> gold = List.of("Harbour Master", "Master of the Port");
        assertTrue(Names.titleMatches("harbour master", gold));
        assertTrue(Names.titleMatches("Deputy Harbour Master", gold), "the gold title inside the predicted");
        assertTrue(Names.titleMatches("Master", gold), "the predicted title inside a gold one");
        assertFalse(Names.titleMatches("Harbour Mast", gold), "not a whole word");
        assertFalse(Names.titleMatches("Ferry Captain", gold));
        assertFalse(Names.titleMatches("...", gold), "an empty title matches nothing");
        assertTrue(Names.titleMatches("US Defense Secretary", List.of("Defence Secretary")));
    }
}
