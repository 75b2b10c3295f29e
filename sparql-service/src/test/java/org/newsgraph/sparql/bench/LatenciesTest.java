package org.newsgraph.sparql.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles, as the benchmark reports them. */
class LatenciesTest {
    @Test
    void percentilesOfAHundredTimesAreTheirRanks() {
        Latencies times = new Latencies();
        for (long t = 100; t >= 1; t--) {
            times.add(t);
        }
        assertEquals(50, times.percentile(50));
        assertEquals(95, times.percentile(95));
        assertEquals(99, times.percentile(99));
        assertEquals(100, times.percentile(100));
        assertEquals(1, times.percentile(0.5));
    }

    @Test
    void aFewTimesRoundTheRankUp() {
        Latencies times = new Latencies();
        times.add(30);
        times.add(10);
        times.add(20);
        assertEquals(20, times.percentile(50), "rank ceil(1.5) = 2");
        assertEquals(30, times.percentile(95));
        assertEquals(30, times.percentile(99));
    }

    @Test
    void mergedTimesCountTogether() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 0; i < 300; i++) {
            a.add(1);
            b.add(1000);
        }
        a.addAll(b);
        assertEquals(600, a.count());
        assertEquals(1, a.percentile(50));
        assertEquals(1000, a.percentile(51));
    }

    @Test
    void noTimesHaveNoPercentile() {
        assertThrows(IllegalStateException.class, () -> new Latencies().percentile(50));
        Latencies one = new Latencies();
        one.add(5);
        assertThrows(IllegalArgumentException.class, () -> one.percentile(0));
    }
}
