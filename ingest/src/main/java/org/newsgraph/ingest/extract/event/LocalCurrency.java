package org.newsgraph.ingest.extract.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.core.event.MonetaryAmount;
import org.newsgraph.ingest.extract.entity.StoryEntity;

/**
 * Currency words several countries share ("riyal", "peso", "rupee", "krone"): {@link Money} reads
 * each as its most common currency; the country that pays one tells which it is.
 * <pre>
 *   LocalCurrency.of(qatar, "150m riyals", amount)   // the amount in QAR instead of SAR
 * </pre>
 */
final class LocalCurrency {
    private static final Map<String, Map<String, String>> BY_WORD = Map.of(
            "riyal", Map.of("Qatar", "QAR", "Oman", "OMR", "Yemen", "YER", "Iran", "IRR", "Saudi Arabia", "SAR"),
            "rial", Map.of("Qatar", "QAR", "Oman", "OMR", "Yemen", "YER", "Iran", "IRR"),
            "peso", Map.of("Mexico", "MXN", "Argentina", "ARS", "Chile", "CLP", "Colombia", "COP", "Philippines", "PHP",
                    "Uruguay", "UYU", "Dominican Republic", "DOP", "Cuba", "CUP"),
            "rupee", Map.of("India", "INR", "Pakistan", "PKR", "Sri Lanka", "LKR", "Nepal", "NPR", "Mauritius", "MUR"),
            "krone", Map.of("Norway", "NOK", "Denmark", "DKK"),
            "kroner", Map.of("Norway", "NOK", "Denmark", "DKK"),
            "dollar", Map.of("Canada", "CAD", "Australia", "AUD", "New Zealand", "NZD", "Singapore", "SGD", "Hong Kong", "HKD",
                    "Taiwan", "TWD"));

    private LocalCurrency() {}

    /** The amount in the payer's own currency when the words name one several countries share; else as read. */
    static MonetaryAmount of(StoryEntity payer, String words, MonetaryAmount amount) {
        Optional<StoryEntity> country = payer == null ? Optional.empty()
                : payer.kind() == EntityKind.COUNTRY ? Optional.of(payer) : payer.country();
        if (country.isEmpty() || words.matches(".*[$€£¥].*")) {
            return amount; // a symbol is as the text writes it
        }
        String lower = words.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Map<String, String>> e : BY_WORD.entrySet()) {
            if (lower.matches(".*\\b" + e.getKey() + "s?\\b.*")) {
                String code = e.getValue().get(country.get().label());
                return code == null ? amount : new MonetaryAmount(amount.value(), code);
            }
        }
        return amount;
    }
}
