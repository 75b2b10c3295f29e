package org.newsgraph.ingest.read;

import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a live page writes times and dates: "published at 14:12 British Summer Time 11 April"
 * under each headline, "published at 13:12 11 April" (UTC) on the next line, and now and then
 * a full date ("11 April 2025") somewhere in the text.
 * <p>
 * Every pattern is possessive or bounded: a line may be megabytes long and only start like a time.
 */
final class PageDates {
    static final String PUBLISHED_AT = "published at";

    private static final Map<String, ZoneOffset> ZONES = Map.of(
            "British Summer Time", ZoneOffset.ofHours(1), "BST", ZoneOffset.ofHours(1),
            "Greenwich Mean Time", ZoneOffset.UTC, "GMT", ZoneOffset.UTC);
    private static final Map<String, Month> MONTHS = months();
    private static final String MONTH_NAMES = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .collect(Collectors.joining("|"));

    private static final Pattern HEADER_TIME = Pattern.compile(PUBLISHED_AT
            + " *+(\\d{1,2}+):(\\d{2}+) ++(" + String.join("|", ZONES.keySet()) + ") ++(\\d{1,2}+) ++(\\p{L}++) *+");
    private static final Pattern UTC_TIME = Pattern.compile(PUBLISHED_AT
            + " *+(\\d{1,2}+):(\\d{2}+) ++(\\d{1,2}+) ++(\\p{L}++) *+");
    /** "11 April 2025" or "April 11, 2025", not inside a longer word or number. */
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(\\d{1,2}+)[ \\u00A0]++(" + MONTH_NAMES + ")|(" + MONTH_NAMES
                    + ")[ \\u00A0]++(\\d{1,2}+),)[ \\u00A0]++(\\d{4}+)(?![\\p{L}\\p{N}])");

    private PageDates() {}

    /** The local time that ends a header line, from its "published at" on. */
    static Stamp headerTime(String tail, int line) throws PostRefused {
        Matcher m = HEADER_TIME.matcher(tail);
        if (!m.matches()) {
            throw new PostRefused(line, "cannot read the header's time " + Text.quote(tail)
                    + ": expected \"published at HH:MM British Summer Time D Month\" (or GMT)");
        }
        return stamp(m, 1, 4, ZONES.get(m.group(3)), tail, line);
    }

    /** The UTC time on the line under a header. */
    static Stamp utcTime(String text, int line) throws PostRefused {
        Matcher m = UTC_TIME.matcher(text);
        if (!m.matches()) {
            throw new PostRefused(line, "cannot read the UTC time line " + Text.quote(text)
                    + ": expected \"published at HH:MM D Month\"");
        }
        return stamp(m, 1, 3, ZoneOffset.UTC, text, line);
    }

    /**
     * The year of the first full date in the text that falls on one of the given days. Other
     * full dates are ignored: a page about today may well recall "24 February 2022".
     */
    static OptionalInt yearOf(String text, Set<MonthDay> days) {
        Matcher m = FULL_DATE.matcher(text);
        while (m.find()) {
            boolean dayFirst = m.group(1) != null;
            int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(4));
            Month month = MONTHS.get(lower(dayFirst ? m.group(2) : m.group(3)));
            int year = Integer.parseInt(m.group(5));
            if (day < 1 || day > month.maxLength()) {
                continue;
            }
            MonthDay monthDay = MonthDay.of(month, day);
            if (days.contains(monthDay) && monthDay.isValidYear(year)) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }

    private static Stamp stamp(Matcher m, int timeGroup, int dayGroup, ZoneOffset offset, String text, int line)
            throws PostRefused {
        int hour = Integer.parseInt(m.group(timeGroup));
        int minute = Integer.parseInt(m.group(timeGroup + 1));
        int day = Integer.parseInt(m.group(dayGroup));
        Month month = MONTHS.get(lower(m.group(dayGroup + 1)));
        if (hour > 23 || minute > 59) {
            throw new PostRefused(line, m.group(timeGroup) + ":" + m.group(timeGroup + 1)
                    + " in " + Text.quote(text) + " is not a time of day");
        }
        if (month == null) {
            throw new PostRefused(line, Text.quote(m.group(dayGroup + 1)) + " in " + Text.quote(text) + " is not a month");
        }
        if (day < 1 || day > month.maxLength()) {
            throw new PostRefused(line, month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " has no day " + day + " (" + Text.quote(text) + ")");
        }
        return new Stamp(MonthDay.of(month, day), LocalTime.of(hour, minute), offset);
    }

    /** Full and three-letter English month names, lower case. */
    private static Map<String, Month> months() {
        Map<String, Month> months = new HashMap<>();
        for (Month month : Month.values()) {
            months.put(lower(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), month);
            months.put(lower(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), month);
        }
        return Map.copyOf(months);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
