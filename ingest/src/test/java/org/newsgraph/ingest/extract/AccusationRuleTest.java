package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.extract.Stories.events;
import static org.newsgraph.ingest.extract.Stories.labels;
import static org.newsgraph.ingest.extract.Stories.one;
import static org.newsgraph.ingest.extract.Stories.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.event.Accusation;
import org.newsgraph.core.story.PostFacts;
import org.newsgraph.ingest.pipeline.Warnings;

/**
 * {@code AccusationRule} on short sentences: every common form of accusing, the accuser and the
 * accused, and what must not count (negated, denied, hypothetical, asked). The CoreNLP pipeline
 * is the process's one, shared with the other extraction tests.
 */
class AccusationRuleTest {

    private static Accusation only(String text) {
        PostFacts f = one(text);
        List<Accusation> a = events(f, Accusation.class);
        assertEquals(1, a.size(), text + " -> " + f.events());
        return a.get(0);
    }

    private static void none(String text) {
        PostFacts f = one(text);
        assertTrue(events(f, Accusation.class).isEmpty(), text + " -> " + f.events());
    }

    private static void parties(Accusation a, String accuser, String accused) {
        assertTrue(labels(a.accusers()).contains(accuser), "accusers " + labels(a.accusers()));
        assertTrue(labels(a.accused()).contains(accused), "accused " + labels(a.accused()));
    }

    @Test
    void accusedOf() {
        Accusation a = only("Interior Minister Lena Vogt accused Hungary of blocking the grain shipment on Monday.");
        parties(a, "Lena Vogt", "Hungary");
        assertTrue(a.allegation().orElseThrow().contains("blocking the grain shipment"), a.toString());
    }

    @Test
    void accusedByInThePassive() {
        Accusation a = only("Poland was accused by Germany of ignoring the border agreement.");
        parties(a, "Germany", "Poland");
        assertTrue(a.allegation().orElseThrow().startsWith("ignoring"), a.toString());
    }

    @Test
    void blamedFor() {
        parties(only("Prime Minister Jonas Berg blamed Sweden for the delay to the pipeline."), "Jonas Berg", "Sweden");
    }

    @Test
    void thePeopleOfAnAccusedStandForIt() {
        parties(only("Estonia blamed Latvia's engineers for the failure of the bridge."), "Estonia", "Latvia");
    }

    @Test
    void pointingTheFingerAndHoldingResponsible() {
        parties(only("Finland pointed the finger at Russia after the undersea cable was cut."), "Finland", "Russia");
        parties(only("Lithuania held Belarus responsible for the balloons that closed the airport."), "Lithuania", "Belarus");
    }

    @Test
    void aSpeakerSayingSomeoneDidWrong() {
        parties(only("Foreign Minister Carla Ruiz said Morocco had blocked the aid lorries at the border."), "Carla Ruiz", "Morocco");
        parties(only("Ghana said Togo had violated the fishing treaty."), "Ghana", "Togo");
    }

    @Test
    void theShortNameOfAnOrganisationNamedBefore() {
        PostFacts f = one("The European Commission opened a case against the software firm Veltra. "
                + "Veltra's lawyer, Ida Moreau, accused the Commission of overreach.");
        List<Accusation> a = events(f, Accusation.class);
        assertEquals(1, a.size(), f.events().toString());
        parties(a.get(0), "Ida Moreau", "European Commission");
    }

    @Test
    void aCounterAccusationIsAnotherAccusation() {
        PostFacts f = one("Greece accused Turkey of pushing boats back. Turkey in turn accused Greece of lying about the rescues.");
        List<Accusation> a = events(f, Accusation.class);
        assertEquals(2, a.size(), f.events().toString());
    }

    @Test
    void oneAccusationReportedTwiceIsOneEvent() {
        List<PostFacts> f = Stories.extract(new Warnings(),
                post(1, "Poland was accused by Germany of ignoring the border agreement."),
                post(2, "Germany accused Poland of ignoring the border agreement."));
        assertEquals(1, events(f, Accusation.class).stream().map(Accusation::key).distinct().count(), f.toString());
    }

    @Test
    void noAccusationWhenNegatedDeniedSupposedOrAsked() {
        none("Germany did not accuse Poland of anything.");
        none("Germany denied accusing Poland of fraud.");
        none("Germany could accuse Poland of breaking the rules.");
        none("Germany would blame Poland if the talks failed.");
        none("Will Germany accuse Poland of fraud?");
        none("Ghana said Togo had not violated the fishing treaty.");
        none("Ghana said Togo had signed the fishing treaty.");
    }

    @Test
    void anAccusationNeedsBothSides() {
        none("Poland was accused of ignoring the border agreement.");
        none("Germany accused unnamed officials of fraud.");
    }

    @Test
    void anOrganisationNamedByItsRole() {
        PostFacts f = one("The Baltic Rowing Federation suspended two coaches on Monday. "
                + "Norway accused the federation of hiding the results of its own inquiry.");
        List<Accusation> a = events(f, Accusation.class);
        assertEquals(1, a.size(), f.events().toString());
        parties(a.get(0), "Norway", "Baltic Rowing Federation");
    }

    @Test
    void anAccuserNamedByItsRoleAndARoleNounWithItsCompound() {
        PostFacts f = one("The Nordic Ski Association met in Oslo on Friday. "
                + "The association accused Sweden of hiding test results.");
        parties(events(f, Accusation.class).get(0), "Nordic Ski Association", "Sweden");
        PostFacts g = one("The Riga City Council approved the tower in 2019. "
                + "Estonia blamed the city council's inspectors for the collapse of the tower.");
        parties(events(g, Accusation.class).get(0), "Estonia", "Riga City Council");
    }

    @Test
    void noRoleNounWithoutOneOrganisationItNames() {
        none("Norway accused the federation of hiding the results of its own inquiry.");
    }
}
