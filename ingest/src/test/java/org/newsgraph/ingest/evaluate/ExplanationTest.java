package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.iri.IriMinter;
import org.newsgraph.core.store.Store;
import org.newsgraph.ingest.evaluate.Finding.Outcome;

/** The explanation of a hand-made graph against a hand-made gold, every finding counted by hand. */
class ExplanationTest {
    private static Explanation explanation;

    @BeforeAll
    static void explain() throws Exception {
        GoldDocument gold = GoldDocument.read(ExtractionScorerTest.resource("quarry-gold.json"));
        try (Store store = Store.inMemory(IriMinter.DEFAULT_BASE)) {
            store.load(ExtractionScorerTest.resource("quarry-predictions.trig"));
            explanation = ExtractionScorer.of(gold).explain(store);
        }
    }

    private static Finding find(String category, Outcome outcome, String id) {
        List<Finding> found = explanation.findings().stream()
                .filter(f -> f.category().equals(category) && f.outcome() == outcome && f.id().equals(id)).toList();
        assertEquals(1, found.size(), category + " " + outcome + " " + id + " in " + explanation.findings());
        return found.get(0);
    }

    @Test
    void theFindingsAreTheErrorsTheScoresCount() {
        ScoreCard card = explanation.card();
        assertEquals(new Score(2, 1, 0, 0, 0), card.events().get("Accusation"));
        assertEquals(new Score(1, 2, 1, 0, 1), card.events().get("Meeting"));
        assertEquals(new Score(0, 1, 0, 0, 0), card.events().get("Attack"));
        assertEquals(new Score(5, 5, 4, 0, 0), card.entities());
        assertEquals(new Score(1, 1, 0, 0, 0), card.roles());
        // 2 accusations, 1 mill and 1 role missed; 1 accusation, 1 attack, 1 mill and 1 role spurious;
        // 1 meeting duplicate. The matched meeting and the four right entities are not findings.
        assertEquals(9, explanation.findings().size(), explanation.findings().toString());
    }

    @Test
    void aMissedEventShowsItsGoldArgumentsSentenceAndNearestPrediction() {
        Finding a1 = find("Accusation", Outcome.MISSED, "A1");
        assertEquals("quarry-dispute.txt", a1.page());
        assertEquals(List.of("Quarry Union"), a1.args().get("accuser"));
        assertEquals(List.of("Mill Company"), a1.args().get("accused"));
        assertEquals(List.of(2), a1.posts());
        assertEquals(List.of("post 2: The union says the mill has been tipping slurry into the river at night."),
                a1.sentences());
        String note = a1.note().orElseThrow();
        assertTrue(note.startsWith("nearest prediction accusation-1 [accuser: Quarry Union | accused: Town Council]"),
                note);
        assertTrue(note.endsWith("accuser matches, accused does not match"), note);

        // Nothing predicted comes near A2: the one accusation has its parties the other way round.
        assertEquals(Optional.empty(), find("Accusation", Outcome.MISSED, "A2").note());
    }

    @Test
    void aSpuriousPredictionShowsItsGraphArgumentsEvidenceAndNearestGold() {
        Finding accusation = find("Accusation", Outcome.SPURIOUS, "accusation-1");
        assertEquals(Map.of("accuser", List.of("Quarry Union"), "accused", List.of("Town Council")),
                accusation.args());
        assertEquals(List.of(2), accusation.posts());
        assertEquals("nearest gold A1 [accuser: Quarry Union | accused: Mill Company | allegation: dumping slurry"
                + " in the river]: accuser matches, accused does not match", accusation.note().orElseThrow());

        Finding attack = find("Attack", Outcome.SPURIOUS, "attack-1");
        assertEquals(List.of("post 2: Pickets hit the mill gates."), attack.sentences());
        assertEquals(Optional.empty(), attack.note(), "no gold attack to be near");
    }

    @Test
    void aDuplicateNamesTheGoldItemItRepeats() {
        Finding duplicate = find("Meeting", Outcome.DUPLICATE, "meeting-2");
        assertEquals(Optional.of("duplicate of M1"), duplicate.note());
        assertEquals(List.of("Edda Rowan", "Quarry Union"), duplicate.args().get("participant"));
    }

    @Test
    void entitiesAndRolesSayWhichPartWentWrong() {
        assertEquals(Optional.of("named by prediction Mill Company, typed Place"),
                find("entities", Outcome.MISSED, "Mill Company").note());
        Finding place = find("entities", Outcome.SPURIOUS, "Mill Company");
        assertEquals(Optional.of("gold has Mill Company as Organisation"), place.note());
        assertEquals(List.of(2), place.posts());

        Finding missedRole = find("roles", Outcome.MISSED, "Edda Rowan");
        assertEquals(List.of("Kettlebridge"), missedRole.args().get("of"));
        assertEquals(Optional.of("nearest prediction [person: Edda Rowan | title: Mayor | of: Quarry Union]: person"
                + " matches, title matches, of does not match"), missedRole.note());
        assertEquals(List.of("Quarry Union"), find("roles", Outcome.SPURIOUS, "Edda Rowan").args().get("of"));
    }

    @Test
    void theReportGroupsByCategoryMissedFirst() {
        String text = ExplainReport.text(explanation.findings());

        assertTrue(text.startsWith("== Meeting: 0 missed, 0 spurious, 1 duplicate ==\n"
                + "DUPLICATE meeting-2 (quarry-dispute.txt, posts 1) [participant: Edda Rowan, Quarry Union]\n"
                + "    duplicate of M1\n\n"
                + "== Accusation: 2 missed, 1 spurious, 0 duplicate ==\n"
                + "MISSED A1 (quarry-dispute.txt, posts 2) "), text);
        assertTrue(text.indexOf("== Attack:") < text.indexOf("== entities:")
                && text.indexOf("== entities:") < text.indexOf("== roles:"), text);
        assertTrue(text.contains("    post 1: The council blamed the union for the blocked lorries.\n"), text);
    }

    @Test
    void theJsonCarriesEveryFinding() {
        var json = ExplainReport.json(explanation.findings());
        assertEquals(9, json.size());
        var first = json.get(0).getAsObject();
        assertEquals("entities", first.getString("category"));
        assertEquals("missed", first.getString("outcome"));
    }
}
