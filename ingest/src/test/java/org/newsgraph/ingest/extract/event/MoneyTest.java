package org.newsgraph.ingest.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.event.MonetaryAmount;

class MoneyTest {
    private static List<MonetaryAmount> amounts(String text) {
        return Money.find(text).stream().map(Money.Found::amount).toList();
    }

    private static MonetaryAmount m(String value, String currency) {
        return new MonetaryAmount(new BigDecimal(value), currency);
    }

    @Test
    void symbolsWithScales() {
        assertEquals(List.of(m("21000000000", "EUR")), amounts("a package of €21bn"));
        assertEquals(List.of(m("4500000000", "GBP")), amounts("Britain's £4.5bn commitment"));
        assertEquals(List.of(m("750000", "USD")), amounts("a $750k grant"));
        assertEquals(List.of(m("3200000000000", "USD")), amounts("debt of $3.2 trillion"));
        assertEquals(List.of(m("12000000", "UAH")), amounts("₴12m for the hospital"));
    }

    @Test
    void furtherCurrenciesInBracketsAreReadToo() {
        assertEquals(List.of(m("8000000000", "EUR"), m("6900000000", "GBP"), m("9300000000", "USD")),
                amounts("a further €8bn (£6.9bn, $9.3bn) for reconstruction"));
    }

    @Test
    void wordsCodesAndPrefixedDollars() {
        assertEquals(List.of(m("2500000", "UAH")), amounts("more than 2.5 million hryvnias"));
        assertEquals(List.of(m("500", "RUB")), amounts("a fine of 500 roubles"));
        assertEquals(List.of(m("40000000000", "JPY")), amounts("40bn yen in loans"));
        assertEquals(List.of(m("10000000000", "CNY")), amounts("10bn yuan"));
        assertEquals(List.of(m("5000000", "CHF")), amounts("CHF 5m"));
        assertEquals(List.of(m("7000000", "EUR")), amounts("7m EUR"));
        assertEquals(List.of(m("2500000", "CAD"), m("1800000", "USD")), amounts("C$2.5m (US$1.8m)"));
        assertEquals(List.of(m("1000000", "AUD")), amounts("A$1,000,000"));
    }

    @Test
    void moreCurrencyWordsAndHyphenatedAmounts() {
        assertEquals(List.of(m("1200000000", "PEN")), amounts("1.2 billion soles for the fund"));
        assertEquals(List.of(m("5000000000", "UZS")), amounts("5 billion soum for testing"));
        assertEquals(List.of(m("150000000", "SAR")), amounts("a 150m-riyal grant"));
        assertEquals(List.of(m("2000000", "CHF")), amounts("a 2m franc donation"));
    }

    @Test
    void rangesGiveTheirLowerBound() {
        assertEquals(List.of(m("2000000000", "EUR")), amounts("between €2-3bn"));
        assertEquals(List.of(m("2000000000", "USD")), amounts("$2bn-$3bn"));
    }

    @Test
    void numbersWithoutACurrencyAreNotMoney() {
        assertTrue(amounts("50 people were hurt in 3 towns; 2025 was hard; 1.5m displaced").isEmpty());
    }
}
