package org.newsgraph.ingest.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AmountsTest {
    @Test
    void currencyCodesComeFromCodesSymbolsNamesAndIris() {
        assertEquals("EUR", Amounts.currencyCode("eur"));
        assertEquals("EUR", Amounts.currencyCode(" € "));
        assertEquals("GBP", Amounts.currencyCode("Pound Sterling"));
        assertEquals("USD", Amounts.currencyCode("US_DOLLAR"));
        assertEquals("JPY", Amounts.currencyCode("¥"));
        assertEquals("CHF", Amounts.currencyCode("http://dbpedia.org/resource/Swiss_franc"));
        assertEquals("EUR", Amounts.currencyCode("http://example.org/currency#EUR/"), "the last IRI segment");
        assertEquals("NOK", Amounts.currencyCode("nok"), "an unknown code is upper-cased");
    }

    @Test
    void numbersAsPythonReadsThem() {
        assertEquals(OptionalDouble.of(2.1e10), Amounts.number("21,000,000,000"));
        assertEquals(OptionalDouble.of(4.5e9), Amounts.number(" 4.5e9 "));
        assertEquals(OptionalDouble.of(1000), Amounts.number("1_000"));
        assertEquals(OptionalDouble.of(0.5), Amounts.number(".5"));
        assertEquals(OptionalDouble.of(Double.NEGATIVE_INFINITY), Amounts.number("-Infinity"));
        assertTrue(Double.isNaN(Amounts.number("nan").getAsDouble()));
        assertEquals(OptionalDouble.empty(), Amounts.number("21bn"));
        assertEquals(OptionalDouble.empty(), Amounts.number("1.5d"), "Java's float suffix is not Python's");
        assertEquals(OptionalDouble.empty(), Amounts.number("0x10"));
        assertEquals(OptionalDouble.empty(), Amounts.number("1__0"));
        assertEquals(OptionalDouble.empty(), Amounts.number(""));
    }

    @Test
    void aPredictedAmountMatchesTheSameCurrencyWithinOnePercent() {
        GoldAmount gold = new GoldAmount(2e9, "eur");
        assertTrue(new PredictedAmount(OptionalDouble.of(2.02e9), Optional.of("EUR")).matches(gold));
        assertFalse(new PredictedAmount(OptionalDouble.of(2.03e9), Optional.of("EUR")).matches(gold));
        assertFalse(new PredictedAmount(OptionalDouble.of(2e9), Optional.of("GBP")).matches(gold));
        assertFalse(new PredictedAmount(OptionalDouble.of(2e9), Optional.empty()).matches(gold));
    }
}
