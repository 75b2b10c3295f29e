package org.newsgraph.ingest.extract.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.event.MonetaryAmount;

/**
 * Amounts of money written in news text, as whole units of an ISO 4217 currency.
 * <pre>
 *   Money.find("a further €21bn (£18bn, $24bn) in aid")   // 21000000000 EUR, 18000000000 GBP, 24000000000 USD
 *   Money.find("more than 2.5 million hryvnias")          // 2500000 UAH
 * </pre>
 * Symbols (€ £ $ ¥ ₴ ₽ ₹ ₩ ₺ ₪, US$ A$ C$ HK$ NZ$), ISO codes before or after the number, and
 * currency words (euros, dollars, pounds, roubles, hryvnia, yen, yuan, soles, soum...; "a 150m-riyal
 * pledge" too), each with an optional
 * scale (k, thousand, m, mn, million, bn, billion, tn, trillion). A range ("€2bn-€3bn",
 * "between $2m and $3m") gives its lower bound; "more than", "up to" are dropped.
 */
public final class Money {
    /** An amount found, with where it is in the text searched. */
    public record Found(MonetaryAmount amount, int start, int end) {}

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("$", "USD"), Map.entry("us$", "USD"),
            Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"),
            Map.entry("hk$", "HKD"), Map.entry("nz$", "NZD"), Map.entry("¥", "JPY"), Map.entry("₴", "UAH"),
            Map.entry("₽", "RUB"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"), Map.entry("₺", "TRY"),
            Map.entry("₪", "ILS"), Map.entry("r$", "BRL"), Map.entry("s$", "SGD"), Map.entry("fr", "CHF"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("euro", "EUR"), Map.entry("dollar", "USD"), Map.entry("us dollar", "USD"),
            Map.entry("pound", "GBP"), Map.entry("pounds sterling", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("rouble", "RUB"), Map.entry("ruble", "RUB"), Map.entry("hryvnia", "UAH"),
            Map.entry("hryvnias", "UAH"), Map.entry("hryvnya", "UAH"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rupee", "INR"), Map.entry("swiss franc", "CHF"),
            Map.entry("franc", "CHF"), Map.entry("shekel", "ILS"), Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"),
            Map.entry("krona", "SEK"), Map.entry("kronor", "SEK"), Map.entry("krone", "NOK"), Map.entry("kroner", "NOK"),
            Map.entry("lira", "TRY"), Map.entry("real", "BRL"), Map.entry("reais", "BRL"), Map.entry("rand", "ZAR"),
            Map.entry("won", "KRW"), Map.entry("peso", "MXN"), Map.entry("riyal", "SAR"), Map.entry("dirham", "AED"),
            Map.entry("naira", "NGN"), Map.entry("forint", "HUF"), Map.entry("lev", "BGN"), Map.entry("leva", "BGN"),
            Map.entry("australian dollar", "AUD"), Map.entry("canadian dollar", "CAD"), Map.entry("hong kong dollar", "HKD"),
            Map.entry("soles", "PEN"), Map.entry("nuevos soles", "PEN"), Map.entry("soum", "UZS"),
            Map.entry("kwacha", "ZMW"), Map.entry("birr", "ETB"), Map.entry("cedi", "GHS"), Map.entry("ringgit", "MYR"),
            Map.entry("baht", "THB"), Map.entry("rupiah", "IDR"), Map.entry("taka", "BDT"), Map.entry("rial", "IRR"));
    private static final String CODES = "EUR|USD|GBP|JPY|CNY|RMB|RUB|UAH|INR|CHF|CAD|AUD|NZD|HKD|SGD|SEK|NOK|DKK|PLN|CZK|HUF"
            + "|TRY|ILS|SAR|AED|QAR|KRW|BRL|MXN|ZAR|NGN|EGP|KES|BGN|RON|PEN|UZS|ZMW|ETB|GHS|MYR|THB|IDR|BDT|PKR|ARS|CLP|COP"
            + "|PHP|TWD|OMR";
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s?(trillion|tn|bn|billion|mn|m|million|k|thousand)\\b)?";
    private static final String SYMBOL = "(US\\$|A\\$|AU\\$|C\\$|CA\\$|HK\\$|NZ\\$|R\\$|S\\$|[€£$¥₴₽₹₩₺₪])";
    private static final String WORD_ALT = "(us dollars?|pounds sterling|sterling|swiss francs?|australian dollars?|canadian dollars?"
            + "|hong kong dollars?|euros?|dollars?|pounds?|roubles?|rubles?|hryvnias?|hryvnya|yen|yuan|renminbi|rupees?"
            + "|francs?|shekels?|zlotys?|zloty|kronor|krona|kroner|krone|lira|reais|real|rand|won|pesos?|riyals?|dirhams?"
            + "|naira|forint|leva|lev|nuevos soles|soles|soums?|kwacha|birr|cedis?|ringgit|baht|rupiah|taka|rials?)";
    private static final Pattern BY_SYMBOL = Pattern.compile(SYMBOL + "\\s?" + NUM + SCALE
            + "(?:\\s?(?:-|–|to|and)\\s?(?:" + SYMBOL + ")?\\s?" + NUM + SCALE + ")?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_FIRST = Pattern.compile("\\b(" + CODES + ")\\s?" + NUM + SCALE);
    private static final Pattern CODE_AFTER = Pattern.compile(NUM + SCALE + "\\s?(" + CODES + ")\\b");
    private static final Pattern BY_WORD = Pattern.compile(NUM + SCALE + "[\\s-]" + WORD_ALT + "\\b", Pattern.CASE_INSENSITIVE);

    private Money() {}

    /** The amounts in the text, in order; overlapping readings are kept once. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = BY_SYMBOL.matcher(text);
        while (m.find()) {
            String code = SYMBOLS.get(m.group(1).toLowerCase(Locale.ROOT));
            String scale = m.group(3);
            if (scale == null && m.group(6) != null && m.group(4) == null) {
                scale = m.group(6); // "€2-3bn": the scale of the range's end
            }
            if (m.group(1).equals("¥") && text.substring(m.end(), Math.min(text.length(), m.end() + 6)).toLowerCase(Locale.ROOT).contains("yuan")) {
                code = "CNY";
            }
            add(out, m.group(2), scale, code, m.start(), m.end());
        }
        m = CODE_FIRST.matcher(text);
        while (m.find()) {
            add(out, m.group(2), m.group(3), code(m.group(1)), m.start(), m.end());
        }
        m = CODE_AFTER.matcher(text);
        while (m.find()) {
            add(out, m.group(1), m.group(2), code(m.group(3)), m.start(), m.end());
        }
        m = BY_WORD.matcher(text);
        while (m.find()) {
            String w = m.group(3).toLowerCase(Locale.ROOT);
            String code = WORDS.get(w);
            if (code == null && w.endsWith("s")) {
                code = WORDS.get(w.substring(0, w.length() - 1));
            }
            if (code != null) {
                add(out, m.group(1), m.group(2), code, m.start(), m.end());
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The value of "4.5" with scale "bn": 4500000000; scale may be null. */
    public static BigDecimal value(String number, String scale) {
        BigDecimal v = new BigDecimal(number.replace(",", ""));
        if (scale == null) {
            return v;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> v.scaleByPowerOfTen(3);
            case "m", "mn", "million" -> v.scaleByPowerOfTen(6);
            case "bn", "billion" -> v.scaleByPowerOfTen(9);
            case "tn", "trillion" -> v.scaleByPowerOfTen(12);
            default -> v;
        };
    }

    private static String code(String c) {
        return c.equals("RMB") ? "CNY" : c;
    }

    private static void add(List<Found> out, String number, String scale, String code, int start, int end) {
        if (code == null) {
            return;
        }
        for (Found f : out) {
            if (start < f.end() && f.start() < end) {
                return;
            }
        }
        try {
            out.add(new Found(new MonetaryAmount(value(number, scale), code), start, end));
        } catch (NumberFormatException e) {
            // not a number after all
        }
    }
}
