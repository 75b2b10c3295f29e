package org.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.extract.Stories.events;
import static org.newsgraph.ingest.extract.Stories.labels;
import static org.newsgraph.ingest.extract.Stories.one;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.core.event.Pledge;
import org.newsgraph.core.story.PostFacts;

/** Pledges in the shapes news pages write them, on sentences written for these tests. */
class PledgeRuleTest {
    private static MonetaryAmount m(String value, String currency) {
        return new MonetaryAmount(new BigDecimal(value), currency);
    }

    private static List<Pledge> pledges(String text) {
        return events(one(text), Pledge.class);
    }

    @Test
    void aPledgeAsANounNamesItsGiverAfterFrom() {
        List<Pledge> p = pledges("A $12m pledge from the Red Cross will pay for clean water in Malawi.");
        assertEquals(1, p.size(), p.toString());
        assertTrue(labels(p.get(0).pledgers()).stream().anyMatch(l -> l.contains("Red Cross")), p.toString());
        assertEquals(List.of(m("12000000", "USD")), p.get(0).amounts());
    }

    @Test
    void aConversionAfterAboutIsTheSamePledge() {
        List<Pledge> p = pledges("Norway will give 90 million kroner (about $8.5m) to Malawi for flood relief.");
        assertEquals(1, p.size(), p.toString());
        assertEquals(List.of("Norway"), labels(p.get(0).pledgers()));
        assertEquals(List.of(m("90000000", "NOK"), m("8500000", "USD")), p.get(0).amounts());
    }

    @Test
    void aSharedCurrencyWordIsThePayersOwn() {
        List<Pledge> p = pledges("A 300m-riyal donation from Qatar - about $82m - will rebuild hospitals in Sudan.");
        assertEquals(1, p.size(), p.toString());
        assertEquals(List.of("Qatar"), labels(p.get(0).pledgers()));
        assertEquals(List.of(m("300000000", "QAR"), m("82000000", "USD")), p.get(0).amounts());
    }

    @Test
    void eachClauseHasItsOwnPledger() {
        List<Pledge> p = pledges("Sweden has pledged €30m for shelters in Chad, and Canada has promised C$12m for food.");
        assertEquals(2, p.size(), p.toString());
        assertEquals(List.of("Sweden"), labels(p.get(0).pledgers()));
        assertEquals(List.of(m("30000000", "EUR")), p.get(0).amounts());
        assertEquals(List.of("Canada"), labels(p.get(1).pledgers()));
        assertEquals(List.of(m("12000000", "CAD")), p.get(1).amounts());
    }

    @Test
    void theGiverAnnouncingThroughAPronounIsTheSpeaker() {
        List<Pledge> p = pledges("The World Bank says it will release $400m for Haiti from a disaster reserve.");
        assertEquals(1, p.size(), p.toString());
        assertEquals(List.of("World Bank"), labels(p.get(0).pledgers()));
    }

    @Test
    void finesCostsClaimsAppealsAndTotalsAreNoPledges() {
        assertTrue(pledges("The airline must pay a €40m fine, the regulator said as it announced new support for passengers.").isEmpty());
        assertTrue(pledges("Fixing the bridge will cost at least 3 million Swiss francs, Switzerland said while offering help.").isEmpty());
        assertTrue(pledges("The firm is seeking €500m in damages, its lawyers said, as Spain announced funding rules.").isEmpty());
        assertTrue(pledges("The agency's appeal, which asks for $200m, has received support from few donors.").isEmpty());
        assertTrue(pledges("Donors have pledged roughly $90m in all for the recovery of Tonga.").isEmpty());
    }

    @Test
    void negatedOrConditionalPledgesStayOut() {
        assertTrue(pledges("Japan did not pledge any money to Tonga on Monday, although it sent €2m last year.").isEmpty());
        assertTrue(pledges("Japan would give $5m to Tonga if other donors did the same.").isEmpty());
    }
}
