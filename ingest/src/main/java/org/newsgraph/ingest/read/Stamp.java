package org.newsgraph.ingest.read;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** A time as a live page prints it: a day and month without a year, a time of day, and its zone's UTC offset. */
record Stamp(MonthDay day, LocalTime time, ZoneOffset offset) {

    /** The moment in the given year; empty when the day does not exist that year (29 February). */
    Optional<OffsetDateTime> in(int year) {
        return day.isValidYear(year)
                ? Optional.of(OffsetDateTime.of(day.atYear(year), time, offset))
                : Optional.empty();
    }

    /** The day as printed, "11 April". */
    String dayText() {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return time + (offset.equals(ZoneOffset.UTC) ? " UTC " : " UTC" + offset + " ") + dayText();
    }
}
