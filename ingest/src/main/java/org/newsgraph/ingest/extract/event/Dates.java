package org.newsgraph.ingest.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in news text, read against the date of the post that writes them.
 * <pre>
 *   Dates.day("Witkoff travelled to Moscow today", postDate)   // the post's date
 *   Dates.day("talks on Monday", 2025-04-11)                   // 2025-04-07, the Monday before
 *   Dates.until("aid until 2029", postDate)                    // Year 2029
 * </pre>
 * Only days are returned by {@link #day}: "last month" or "this year" do not name one.
 */
public final class Dates {
    private static final Pattern TODAY = Pattern.compile(
            "\\b(today|this (?:morning|afternoon|evening)|tonight|earlier today|so far today)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|last night)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOMORROW = Pattern.compile("\\btomorrow\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on|last|this|next) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS + "(?:,? (\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern UNTIL = Pattern.compile(
            "\\b(?:until|till|through|to|by|up to)(?: the end of)? (?:(" + MONTHS.substring(1, MONTHS.length() - 1) + ") )?((?:19|20)\\d{2})\\b");
    private static final Pattern UNTIL_THIS_YEAR = Pattern.compile("\\b(?:until|by) the end of (this|next) year\\b",
            Pattern.CASE_INSENSITIVE);

    private Dates() {}

    /** The day the text says something happened, read against {@code postDate}; empty when it names none. */
    public static Optional<LocalDate> day(String text, LocalDate postDate) {
        Matcher m = DAY_MONTH.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(1)), m.group(2), m.group(3), postDate);
        }
        m = MONTH_DAY.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(2)), m.group(1), m.group(3), postDate);
        }
        if (TODAY.matcher(text).find()) {
            return Optional.of(postDate);
        }
        if (YESTERDAY.matcher(text).find()) {
            return Optional.of(postDate.minusDays(1));
        }
        if (TOMORROW.matcher(text).find()) {
            return Optional.of(postDate.plusDays(1));
        }
        m = WEEKDAY.matcher(text);
        if (m.find()) {
            DayOfWeek d = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            boolean next = m.group().startsWith("next");
            return Optional.of(next ? postDate.with(TemporalAdjusters.next(d)) : postDate.with(TemporalAdjusters.previousOrSame(d)));
        }
        return Optional.empty();
    }

    /** The end of a commitment: "until 2029" → 2029, "by the end of next year" → the post's year + 1. */
    public static Optional<Year> until(String text, LocalDate postDate) {
        Matcher m = UNTIL.matcher(text);
        if (m.find()) {
            return Optional.of(Year.of(Integer.parseInt(m.group(2))));
        }
        m = UNTIL_THIS_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(Year.of(postDate.getYear() + (m.group(1).equalsIgnoreCase("next") ? 1 : 0)));
        }
        return Optional.empty();
    }

    /** The year of "this year" / "next year" / "last year" in the text, if any. */
    public static Optional<Year> year(String text, LocalDate postDate) {
        Matcher m = Pattern.compile("\\b(this|next|last) year\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            return Optional.of(Year.of(postDate.getYear() + (w.equals("next") ? 1 : w.equals("last") ? -1 : 0)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int day, String month, String year, LocalDate postDate) {
        Month mo = Month.valueOf(month.toUpperCase(Locale.ROOT));
        int y = year != null ? Integer.parseInt(year) : postDate.getYear();
        try {
            LocalDate d = LocalDate.of(y, mo, day);
            if (year == null && d.isAfter(postDate.plusDays(31))) {
                d = d.minusYears(1); // "25 December" read in January is last year's
            }
            return Optional.of(d);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static String monthName(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
