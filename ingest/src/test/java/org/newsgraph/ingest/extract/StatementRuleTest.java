package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.extract.Stories.events;
import static org.newsgraph.ingest.extract.Stories.labels;
import static org.newsgraph.ingest.extract.Stories.one;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.event.Statement;

/** Who said what, and what is no statement, on sentences written for these tests. */
class StatementRuleTest {
    private static List<Statement> statements(String text) {
        return events(one(text), Statement.class);
    }

    private static String quotes(Statement s) {
        return String.join(" | ", s.quotes());
    }

    @Test
    void aNegatedSpeechVerbIsNoStatement() {
        assertTrue(statements("The BBC was not able to confirm who lit the fire.").isEmpty());
        assertTrue(statements("Emmanuel Macron did not comment on the vote in Paris.").isEmpty());
    }

    @Test
    void theReportersContextIsNotTheRemark() {
        List<Statement> s = statements("Chile has sent 40 rescuers to Morocco on a military flight, the Chilean embassy in Rabat "
                + "said, although Santiago has not promised any money yet.");
        assertEquals(1, s.size(), s.toString());
        assertTrue(quotes(s.get(0)).contains("rescuers"), s.toString());
        assertFalse(quotes(s.get(0)).contains("promised"), s.toString());
        List<Statement> t = statements("Microsoft says it had \"nothing at all to do\" with the outage, "
                + "after critics suggested on social media that the timing was odd.");
        assertEquals(1, t.size(), t.toString());
        assertFalse(quotes(t.get(0)).contains("critics"), t.toString());
    }

    @Test
    void callingSomethingInQuotesIsARemark() {
        List<Statement> s = statements("Angela Merkel called the agreement \"a good first step\".");
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("Angela Merkel"), labels(s.get(0).speakers()));
        assertTrue(quotes(s.get(0)).contains("good first step"), s.toString());
        assertTrue(statements("Angela Merkel called the agreement a good first step.").isEmpty());
    }

    @Test
    void whoSpeaksForThePersonBeforeIt() {
        List<Statement> s = statements("The fund is run by Angela Merkel, a former chancellor, who called the gift \"remarkable\".");
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("Angela Merkel"), labels(s.get(0).speakers()));
    }

    @Test
    void anUnnamedSpokesmanGoesOnForTheOrganisationBefore() {
        List<Statement> s = statements("Microsoft says it had nothing to do with the outage in Dublin.\n\n"
                + "\"Any claim that our engineers caused it is simply wrong,\" a company spokesman said.");
        assertEquals(1, s.size(), s.toString());
        assertTrue(quotes(s.get(0)).contains("engineers caused it"), s.toString());
        assertTrue(statements("\"Any claim that our engineers caused it is simply wrong,\" a spokesman said.").isEmpty());
    }

    @Test
    void aSpeakerCalledByTitleGoesOnWithTheRemarkBefore() {
        List<Statement> s = statements("Health Minister Anna Kowalska said the clinics in Gdansk would reopen on Monday.\n\n"
                + "\"Nobody will wait longer than a day,\" the minister added.");
        assertEquals(1, s.size(), s.toString());
        assertEquals(List.of("Anna Kowalska"), labels(s.get(0).speakers()));
        assertTrue(quotes(s.get(0)).contains("wait longer"), s.toString());
        List<Statement> t = statements("Health Minister Anna Kowalska said the clinics in Gdansk would reopen on Monday.\n\n"
                + "The agency said fresh supplies of masks had reached the port.");
        assertTrue(t.stream().noneMatch(x -> quotes(x).contains("masks")), "a body does not go on for a person: " + t);
    }

    @Test
    void anUnnamedOfficialIsNotTheirCountry() {
        List<Statement> s = statements("Rome has offered Tunis new patrol boats, according to an Italian official.");
        assertTrue(s.stream().noneMatch(x -> labels(x.speakers()).contains("Italy")), s.toString());
        List<Statement> t = statements("Asked about the vote, the Danish minister said she stood by her plan for the harbour.");
        assertTrue(t.stream().noneMatch(x -> labels(x.speakers()).contains("Denmark")), t.toString());
    }
}
