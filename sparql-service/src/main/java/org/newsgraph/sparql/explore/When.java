package org.newsgraph.sparql.explore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

/**
 * When an event happened, for ordering: the {@code ng:time} the text gives (an xsd:date or
 * xsd:dateTime), else the publication time of the first post that reports it.
 *
 * @param text    the lexical form shown to clients
 * @param instant the same moment for ordering; a date counts from its midnight in UTC
 * @param fromEvent whether the text gave the time (else it is a post's)
 */
record When(String text, Instant instant, boolean fromEvent) {
    static final Comparator<When> ORDER = Comparator.comparing(When::instant);

    /** The time of an event: its own when it has one, else its first report's. */
    static When of(String eventTime, String firstReport) {
        return eventTime != null ? new When(eventTime, instant(eventTime), true)
                : new When(firstReport, instant(firstReport), false);
    }

    /** {@code event} or {@code post}, as the JSON says where the time comes from. */
    String source() {
        return fromEvent ? "event" : "post";
    }

    /** The moment of an xsd:dateTime or xsd:date lexical form. */
    static Instant instant(String lexical) {
        try {
            return OffsetDateTime.parse(lexical).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(lexical).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return LocalDate.parse(lexical.substring(0, Math.min(10, lexical.length())))
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
    }
}
