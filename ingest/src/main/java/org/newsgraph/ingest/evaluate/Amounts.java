package org.newsgraph.ingest.evaluate;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * How the scorer reads money from the graph: a currency as an ISO 4217 code whatever way it is
 * written, and a value as a number whatever its lexical form.
 * <pre>
 *   Amounts.currencyCode("http://dbpedia.org/resource/Euro")   // "EUR"
 *   Amounts.currencyCode(" £ ")                                 // "GBP"
 *   Amounts.number("21,000,000,000")                            // 2.1E10
 * </pre>
 */
final class Amounts {
    /** NameMatching and symbols, upper-cased without spaces or underscores, and their codes. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("EURO", "EUR"), Map.entry("€", "EUR"), Map.entry("POUND", "GBP"), Map.entry("£", "GBP"),
            Map.entry("POUNDSTERLING", "GBP"), Map.entry("DOLLAR", "USD"), Map.entry("USDOLLAR", "USD"),
            Map.entry("$", "USD"), Map.entry("YEN", "JPY"), Map.entry("¥", "JPY"), Map.entry("SWISSFRANC", "CHF"));
    private static final String IRI_SEPARATORS = "/#";
    /** What Python's {@code float()} accepts: digits may be grouped by single underscores. */
    private static final Pattern PYTHON_FLOAT = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?"
                    + "|(?i:inf|infinity|nan))");

    private Amounts() {}

    /**
     * The ISO 4217 code of a currency given as a code, symbol, English name or IRI (the IRI's
     * last segment counts); what is not recognised comes back upper-cased.
     */
    static String currencyCode(String currency) {
        String v = PythonText.strip(currency);
        if (v.contains("/") || v.contains("#")) {
            String[] segments = PythonText.stripTrailing(v, IRI_SEPARATORS).split("[/#]", -1);
            v = segments[segments.length - 1];
        }
        v = v.toUpperCase(Locale.ROOT);
        return CODES.getOrDefault(v.replace("_", "").replace(" ", ""), v);
    }

    /** The number a value's text gives, thousands separators aside; empty when it is not a number. */
    static OptionalDouble number(String text) {
        return pythonFloat(text.replace(",", ""));
    }

    /** Python's {@code float(text)}: empty where Python raises an error. */
    static OptionalDouble pythonFloat(String text) {
        String s = PythonText.strip(text);
        if (!PYTHON_FLOAT.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith("nan")) {
            return OptionalDouble.of(Double.NaN);
        }
        if (lower.endsWith("inf") || lower.endsWith("infinity")) {
            return OptionalDouble.of(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        return OptionalDouble.of(Double.parseDouble(s.replace("_", "")));
    }
}
