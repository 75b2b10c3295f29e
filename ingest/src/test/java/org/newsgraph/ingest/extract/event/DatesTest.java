package org.newsgraph.ingest.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 4, 11);

    @Test
    void relativeDaysAreReadAgainstThePostDate() {
        assertEquals(Optional.of(FRIDAY), Dates.day("The talks opened in Geneva today.", FRIDAY));
        assertEquals(Optional.of(FRIDAY), Dates.day("She spoke this morning", FRIDAY));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 10)), Dates.day("The envoy landed yesterday", FRIDAY));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 7)), Dates.day("They met on Monday", FRIDAY));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 12)), Dates.day("The vote is tomorrow", FRIDAY));
    }

    @Test
    void writtenDates() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 2)), Dates.day("on 2 March the ceasefire began", FRIDAY));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 25)), Dates.day("since December 25", LocalDate.of(2025, 1, 5)));
        assertEquals(Optional.of(LocalDate.of(2023, 6, 1)), Dates.day("on 1 June 2023", FRIDAY));
    }

    @Test
    void vagueTimesGiveNoDay() {
        assertEquals(Optional.empty(), Dates.day("Last month the talks stalled", FRIDAY));
        assertEquals(Optional.empty(), Dates.day("in recent weeks", FRIDAY));
    }

    @Test
    void untilAndThisYear() {
        assertEquals(Optional.of(Year.of(2029)), Dates.until("€3bn in aid until 2029", FRIDAY));
        assertEquals(Optional.of(Year.of(2026)), Dates.until("by the end of next year", FRIDAY));
        assertEquals(Optional.of(Year.of(2025)), Dates.year("funding this year", FRIDAY));
        assertEquals(Optional.empty(), Dates.until("aid for Sudan", FRIDAY));
    }
}
