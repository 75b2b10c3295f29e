package org.newsgraph.ingest.evaluate;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An amount of a pledge in the graph; either part may be missing or unreadable.
 *
 * @param value    the number
 * @param currency the ISO 4217 code
 */
record PredictedAmount(OptionalDouble value, Optional<String> currency) {
    PredictedAmount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
    }

    /** Whether it has the gold amount's currency and a value within 1% of the gold value. */
    boolean matches(GoldAmount gold) {
        String code = gold.currency().toUpperCase(Locale.ROOT);
        return value.isPresent() && currency.filter(code::equals).isPresent()
                && Math.abs(value.getAsDouble() - gold.value()) <= 0.01 * Math.abs(gold.value());
    }
}
