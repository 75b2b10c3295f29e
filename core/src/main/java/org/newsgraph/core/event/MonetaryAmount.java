package org.newsgraph.core.event;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount of money in whole units of one currency: €21bn is {@code 21000000000 EUR}.
 *
 * @param value    not negative; scale is stripped so that equal amounts are equal records
 * @param currency an ISO 4217 code
 */
public record MonetaryAmount(BigDecimal value, String currency) {
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public MonetaryAmount {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("an amount is not negative: " + value);
        }
        if (currency == null || !ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
