package org.newsgraph.ingest.evaluate;

import java.util.Objects;

/**
 * An amount of money in the gold.
 *
 * @param value    in whole units (21000000000)
 * @param currency an ISO 4217 code ("EUR")
 */
public record GoldAmount(double value, String currency) {
    public GoldAmount {
        Objects.requireNonNull(currency, "currency");
    }
}
