package org.newsgraph.ingest.read;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates structured pages print: ISO 8601 with a UTC offset (JSON-LD, HTML {@code <time>},
 * Atom) and RFC 822 (RSS). A time without an offset is refused rather than guessed: a live page's
 * minutes decide its posts' ids.
 */
final class Timestamps {
    /** RFC 822's zone names that RFC 1123's parser does not take, as offsets. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"), Map.entry("BST", "+0100"),
            Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"));
    private static final Pattern ZONE_NAME = Pattern.compile(" ([A-Z]{1,4}+)$");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}+-\\d{2}+-\\d{2}+");
    private static final Pattern NO_OFFSET = Pattern.compile("\\d{4}+-\\d{2}+-\\d{2}+T[\\d:.]++");

    private Timestamps() {}

    /**
     * An ISO 8601 date-time with an offset, such as {@code 2026-03-03T14:20:00+01:00}.
     *
     * @param what names the value in the message, such as {@code liveBlogUpdate[2].datePublished}
     */
    static OffsetDateTime iso(String text, int line, String what) throws PostRefused {
        String value = text.strip();
        // "2026-03-03 14:20Z" is common enough and unambiguous.
        String normalised = value.length() > 10 && value.charAt(10) == ' '
                ? value.substring(0, 10) + 'T' + value.substring(11) : value;
        try {
            return OffsetDateTime.parse(normalised);
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.parse(normalised).toOffsetDateTime();
            } catch (DateTimeParseException ignored) {
                throw new PostRefused(line, what + " " + Text.quote(value) + " is not an ISO 8601 date-time with an offset"
                        + hint(normalised));
            }
        }
    }

    /** An RFC 822 date as RSS prints it, such as {@code Tue, 03 Mar 2026 14:20:00 GMT}. */
    static OffsetDateTime rfc822(String text, int line, String what) throws PostRefused {
        String value = Text.spaced(text).strip().replaceAll(" ++", " ");
        Matcher zone = ZONE_NAME.matcher(value);
        String normalised = zone.find() && ZONES.containsKey(zone.group(1))
                ? value.substring(0, zone.start()) + " " + ZONES.get(zone.group(1)) : value;
        try {
            return OffsetDateTime.parse(normalised, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new PostRefused(line, what + " " + Text.quote(value)
                    + " is not an RFC 822 date such as \"Tue, 03 Mar 2026 14:20:00 GMT\"");
        }
    }

    private static String hint(String value) {
        if (DATE_ONLY.matcher(value).matches()) {
            return ": it has no time of day";
        }
        if (NO_OFFSET.matcher(value).matches()) {
            return ": it has no UTC offset (such as Z or +01:00)";
        }
        return " such as \"2026-03-03T14:20:00+01:00\"";
    }
}
