package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.extract.Stories.events;
import static org.newsgraph.ingest.extract.Stories.labels;
import static org.newsgraph.ingest.extract.Stories.one;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.event.Meeting;

/** Meetings as verbs, nouns and chairs, and what is no meeting, on sentences written for these tests. */
class MeetingRuleTest {
    private static List<Meeting> meetings(String text) {
        return events(one(text), Meeting.class);
    }

    @Test
    void twoMeetingsInOneSentenceStayTwo() {
        List<Meeting> m = meetings("Emmanuel Macron held talks with Olaf Scholz in Berlin, and Giorgia Meloni met Pedro Sanchez in Rome.");
        assertEquals(2, m.size(), m.toString());
        assertTrue(labels(m.get(0).attendees()).containsAll(List.of("Emmanuel Macron", "Olaf Scholz")), m.toString());
        assertTrue(labels(m.get(1).attendees()).containsAll(List.of("Giorgia Meloni", "Pedro Sanchez")), m.toString());
    }

    @Test
    void aRoundTableCoChairedByTwo() {
        List<Meeting> m = meetings("A donors' round table in Nairobi was co-chaired by Olaf Scholz and Emmanuel Macron.");
        assertEquals(1, m.size(), m.toString());
        assertTrue(labels(m.get(0).chairs()).containsAll(List.of("Olaf Scholz", "Emmanuel Macron")), m.toString());
    }

    @Test
    void aChairHeldIsARoleNotAMeeting() {
        assertTrue(meetings("The council is chaired by Olaf Scholz and will advise Emmanuel Macron on energy.").isEmpty());
        List<Meeting> m = meetings("Over dinner, Emmanuel Macron met Olaf Scholz, who chairs the energy council.");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).chairs().isEmpty(), m.toString());
    }

    @Test
    void aDeniedReportOfAMeetingIsNone() {
        assertTrue(meetings("The ministry denied a report in a Danish paper that Olaf Scholz had met Emmanuel Macron in Geneva.").isEmpty());
        assertTrue(meetings("Olaf Scholz denied meeting Emmanuel Macron in Geneva, after a paper said they had held talks there.").isEmpty());
    }

    @Test
    void talksOnTheSidelinesAreAMeetingOfTheirOwn() {
        List<Meeting> m = meetings("Giorgia Meloni chaired the summit in Rome today with Olaf Scholz and Emmanuel Macron.\n\n"
                + "On the margins of the summit, Giorgia Meloni also held talks with Pedro Sanchez in Rome.");
        assertEquals(2, m.size(), m.toString());
    }
}
