package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.extract.Stories.events;
import static org.newsgraph.ingest.extract.Stories.labels;
import static org.newsgraph.ingest.extract.Stories.one;
import static org.newsgraph.ingest.extract.Stories.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.event.Visit;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.pipeline.Warnings;

/**
 * {@code VisitRule} on short sentences: visits with a travel verb and without one, the visitor
 * and the destination, and what must not count (negated, planned, hypothetical, asked, going
 * home); a visit announced and then made is one event. The CoreNLP pipeline is the process's one.
 */
class VisitRuleTest {

    private static Visit only(String text) {
        PostFacts f = one(text);
        List<Visit> v = events(f, Visit.class);
        assertEquals(1, v.size(), text + " -> " + f.events());
        return v.get(0);
    }

    private static void none(String text) {
        PostFacts f = one(text);
        assertTrue(events(f, Visit.class).isEmpty(), text + " -> " + f.events());
    }

    private static void visit(Visit v, String visitor, String destination) {
        assertTrue(labels(v.visitors()).contains(visitor), "visitors " + labels(v.visitors()));
        assertTrue(labels(v.destinations()).contains(destination), "destinations " + labels(v.destinations()));
    }

    @Test
    void toured() {
        visit(only("President Maria Lopez toured Kharkiv on Tuesday."), "Maria Lopez", "Kharkiv");
    }

    @Test
    void landedIn() {
        visit(only("The envoy, Tom Hale, landed in Nairobi this morning."), "Tom Hale", "Nairobi");
    }

    @Test
    void spentTheDayAtAPlace() {
        visit(only("Secretary General Ana Silva spent Sunday in Juba, meeting aid workers."), "Ana Silva", "Juba");
    }

    @Test
    void wasThereWithoutATravelVerb() {
        visit(only("Ana Silva was in Juba on Monday with a team of doctors."), "Ana Silva", "Juba");
    }

    @Test
    void noVisitWhenNegatedPlannedSupposedAskedOrHomeward() {
        none("Ana Silva did not visit Juba.");
        none("Ana Silva will visit Juba on Friday.");
        none("Ana Silva is due to fly to Juba on Friday.");
        none("Ana Silva would travel to Juba if she were invited.");
        none("Could Ana Silva visit Juba this week?");
        none("Ana Silva flew back to Geneva on Friday.");
        none("Ana Silva spent the morning on the phone.");
    }

    @Test
    void aVisitAnnouncedAndThenMadeIsOneEvent() {
        List<PostFacts> f = Stories.extract(new Warnings(),
                post(1, "Ana Silva has arrived in Juba."),
                post(2, "Ana Silva will fly to Juba tomorrow, her office said."));
        List<Visit> v = events(f, Visit.class);
        assertEquals(1, v.size(), f.toString());
        visit(v.get(0), "Ana Silva", "Juba");
    }

    @Test
    void oneVisitReportedTwiceIsOneEvent() {
        List<PostFacts> f = Stories.extract(new Warnings(),
                post(1, "Ana Silva's visit to Juba ended with a call for calm."),
                post(2, "Ana Silva arrived in Juba on Friday."));
        assertEquals(1, events(f, Visit.class).stream().map(Visit::key).distinct().count(), f.toString());
    }
}
