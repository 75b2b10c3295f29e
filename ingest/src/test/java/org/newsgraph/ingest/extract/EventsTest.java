package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.extract.Stories.events;
import static org.newsgraph.ingest.extract.Stories.labels;
import static org.newsgraph.ingest.extract.Stories.one;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.event.Accusation;
import org.newsgraph.core.event.Attack;
import org.newsgraph.core.event.Meeting;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.event.Pledge;
import org.newsgraph.core.event.Statement;
import org.newsgraph.core.event.Visit;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.pipeline.Warnings;

/** Each event type on sentences written for these tests: what must be found, and what must not. */
class EventsTest {

    // ------------------------------------------------------------------ meetings

    @Test
    void meetingWithParticipantsPlaceAndDay() {
        PostFacts f = one("French President Emmanuel Macron met Indian Prime Minister Narendra Modi in New Delhi on Tuesday.");
        List<Meeting> m = events(f, Meeting.class);
        assertEquals(1, m.size(), f.events().toString());
        assertTrue(labels(m.get(0).participants()).containsAll(List.of("Emmanuel Macron", "Narendra Modi")), m.toString());
        assertEquals("New Delhi", m.get(0).grounding().location().orElseThrow().label());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 8)), m.get(0).grounding().time());
    }

    @Test
    void talksBetweenCountries() {
        PostFacts f = one("Negotiators from Egypt and Qatar held talks in Cairo with Israel today.");
        List<Meeting> m = events(f, Meeting.class);
        assertEquals(1, m.size(), f.events().toString());
        assertTrue(labels(m.get(0).participants()).containsAll(List.of("Egypt", "Qatar", "Israel")), m.toString());
    }

    @Test
    void noMeetingWhenDeniedSupposedOrAsked() {
        assertTrue(events(one("Emmanuel Macron did not meet Narendra Modi during the trip."), Meeting.class).isEmpty());
        assertTrue(events(one("Emmanuel Macron would be prepared to meet Narendra Modi in Paris."), Meeting.class).isEmpty());
        assertTrue(events(one("Will Emmanuel Macron meet Narendra Modi in Paris next week?"), Meeting.class).isEmpty());
        assertTrue(events(one("The press conference with Emmanuel Macron and Narendra Modi has ended."), Meeting.class).isEmpty());
    }

    // ------------------------------------------------------------------ pledges

    @Test
    void pledgeWithAmountRecipientAndPurpose() {
        PostFacts f = one("Japan pledged ¥50bn in humanitarian aid to Sudan on Monday.");
        List<Pledge> p = events(f, Pledge.class);
        assertEquals(1, p.size(), f.events().toString());
        assertEquals(List.of("Japan"), labels(p.get(0).pledgers()));
        assertEquals(List.of("Sudan"), labels(p.get(0).recipients()));
        assertEquals(List.of(new MonetaryAmount(new BigDecimal("50000000000"), "JPY")), p.get(0).amounts());
        assertEquals(Optional.of("humanitarian aid"), p.get(0).purpose());
    }

    @Test
    void pledgeInSeveralCurrenciesUntilAYear() {
        PostFacts f = one("Canada will provide C$2.5m (US$1.8m) in military aid to Haiti until 2027.");
        List<Pledge> p = events(f, Pledge.class);
        assertEquals(1, p.size(), f.events().toString());
        assertEquals(List.of("Canada"), labels(p.get(0).pledgers()));
        assertEquals(2, p.get(0).amounts().size());
        assertEquals(Optional.of(Year.of(2027)), p.get(0).until());
    }

    @Test
    void theSamePledgeInTwoPostsIsOneEvent() {
        List<PostFacts> f = Stories.extract(new Warnings(),
                Stories.post(1, "Officials confirmed that Norway's €300m in aid for Kenya will arrive next month."),
                Stories.post(2, "Norway pledged €300m in aid to Kenya."));
        List<Pledge> p = events(f, Pledge.class);
        assertEquals(2, p.size(), p.toString());
        assertEquals(p.get(0).key(), p.get(1).key());
    }

    @Test
    void noPledgeWhenUndecidedOrHypothetical() {
        assertTrue(events(one("Norway has yet to decide on funding of €100m for Kenya."), Pledge.class).isEmpty());
        assertTrue(events(one("Norway would be prepared to offer €100m to Kenya."), Pledge.class).isEmpty());
        assertTrue(events(one("Norway did not pledge €100m to Kenya."), Pledge.class).isEmpty());
        assertTrue(events(one("The bridge cost €100m to build."), Pledge.class).isEmpty());
    }

    // ------------------------------------------------------------------ accusations

    @Test
    void accusationWithAllegation() {
        PostFacts f = one("India accused Pakistan of sheltering militants near the border.");
        List<Accusation> a = events(f, Accusation.class);
        assertEquals(1, a.size(), f.events().toString());
        assertEquals(List.of("India"), labels(a.get(0).accusers()));
        assertEquals(List.of("Pakistan"), labels(a.get(0).accused()));
        assertTrue(a.get(0).allegation().orElseThrow().contains("sheltering militants"));
        assertTrue(a.get(0).verified());
    }

    @Test
    void unverifiableClaimsAreFlagged() {
        PostFacts f = one("Israel accused Hezbollah of firing rockets at Haifa. We have not been able to verify the claim.");
        List<Accusation> a = events(f, Accusation.class);
        assertEquals(1, a.size(), f.events().toString());
        assertFalse(a.get(0).verified());
    }

    @Test
    void blameIsAnAccusation() {
        List<Accusation> a = events(one("Serbia blamed Kosovo for the clashes."), Accusation.class);
        assertEquals(1, a.size());
        assertEquals(List.of("Serbia"), labels(a.get(0).accusers()));
    }

    @Test
    void noAccusationWhenDeniedOrMutual() {
        assertTrue(events(one("India did not accuse Pakistan of anything."), Accusation.class).isEmpty());
        assertTrue(events(one("Both sides accused one another of breaking the truce."), Accusation.class).isEmpty());
        assertTrue(events(one("Could India accuse Pakistan of sheltering militants?"), Accusation.class).isEmpty());
    }

    // ------------------------------------------------------------------ statements

    @Test
    void reportedSpeechIsAStatement() {
        PostFacts f = one("Brazilian President Luiz Lula said the climate summit had been a success for the Amazon.");
        List<Statement> s = events(f, Statement.class);
        assertEquals(1, s.size(), f.events().toString());
        assertEquals(List.of("Luiz Lula"), labels(s.get(0).speakers()));
        assertTrue(s.get(0).quotes().get(0).contains("summit had been a success"));
    }

    @Test
    void aQuoteTakesItsSpeakerFromThePronoun() {
        PostFacts f = one("Health Minister Anna Kowalska visited the flooded town.\n\n\u201cWe will rebuild every school,\u201d she said.");
        List<Statement> s = events(f, Statement.class);
        assertEquals(1, s.size(), f.events().toString());
        assertEquals(List.of("Anna Kowalska"), labels(s.get(0).speakers()));
        assertTrue(s.get(0).quotes().get(0).contains("rebuild every school"));
    }

    @Test
    void oneSpeakerGoingOnIsOneStatement() {
        PostFacts f = one("Sara Lindqvist says the harbour will reopen in May. She adds that the fishing fleet has been compensated.");
        assertEquals(1, events(f, Statement.class).size(), f.events().toString());
    }

    @Test
    void questionsAndBareAnnouncementsAreNotStatements() {
        assertTrue(events(one("Will Sara Lindqvist say when the harbour reopens?"), Statement.class).isEmpty());
        assertTrue(events(one("Sweden and Finland announced their support in more detail."), Statement.class).isEmpty());
    }

    // ------------------------------------------------------------------ visits

    @Test
    void travelToACountryIsAVisit() {
        PostFacts f = one("Chinese Foreign Minister Wang Yi travelled to Brazil on Friday.");
        List<Visit> v = events(f, Visit.class);
        assertEquals(1, v.size(), f.events().toString());
        assertEquals(List.of("Wang Yi"), labels(v.get(0).visitors()));
        assertEquals(List.of("Brazil"), labels(v.get(0).destinations()));
    }

    @Test
    void arrivingInACity() {
        List<Visit> v = events(one("Chancellor Klaus Berger arrived in Lisbon this morning."), Visit.class);
        assertEquals(1, v.size());
        assertEquals(List.of("Lisbon"), labels(v.get(0).destinations()));
    }

    @Test
    void noVisitWhenNotYetOrOnlyPossible() {
        assertTrue(events(one("Wang Yi has yet to visit Brazil."), Visit.class).isEmpty());
        assertTrue(events(one("Wang Yi could travel to Brazil next month."), Visit.class).isEmpty());
    }

    // ------------------------------------------------------------------ attacks

    @Test
    void strikesOnAPlace() {
        PostFacts f = one("Israeli strikes on Gaza City killed 12 people on Sunday.");
        List<Attack> a = events(f, Attack.class);
        assertEquals(1, a.size(), f.events().toString());
        assertEquals(List.of("Israel"), labels(a.get(0).attackers()));
        assertTrue(labels(a.get(0).targets()).contains("Gaza City"), a.toString());
    }

    @Test
    void attackerAsSubject() {
        List<Attack> a = events(one("Russian drones attacked Odesa overnight."), Attack.class);
        assertEquals(1, a.size());
        assertEquals(List.of("Russia"), labels(a.get(0).attackers()));
        assertEquals(List.of("Odesa"), labels(a.get(0).targets()));
    }

    @Test
    void noAttackWhenStoppedOrHypothetical() {
        assertTrue(events(one("Armenia and Azerbaijan agreed to stop attacks on border villages."), Attack.class).isEmpty());
        assertTrue(events(one("Iran could strike Israel if it is provoked."), Attack.class).isEmpty());
        assertTrue(events(one("Turkey did not attack Syria last week."), Attack.class).isEmpty());
    }
}
