package org.newsgraph.ingest.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PledgeAmountsTest {
    private static List<Integer> sizes(String text) {
        return PledgeAmounts.groups(text, Money.find(text)).stream().map(List::size).toList();
    }

    @Test
    void conversionsJoinTheAmountTheyConvert() {
        assertEquals(List.of(2), sizes("8 million Swiss francs (about $10m) for the appeal"));
        assertEquals(List.of(2), sizes("a 150m-riyal gift from Doha - about $41m - for schools"));
        assertEquals(List.of(3), sizes("€21bn (£18bn, $24bn) in aid"));
        assertEquals(List.of(2), sizes("1.2 billion soles (roughly $320m)"));
    }

    @Test
    void amountsOfOtherPledgesStayApart() {
        assertEquals(List.of(1, 1), sizes("€8m in aid, and the UK has given £2.5m"));
        assertEquals(List.of(1, 1), sizes("€8m from Spain and a further €3m from Portugal"));
    }
}
