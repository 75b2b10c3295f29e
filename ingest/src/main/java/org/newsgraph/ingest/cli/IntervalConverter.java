package org.newsgraph.ingest.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as people type them: {@code 60s}, {@code 5m}, {@code 1h}, {@code 500ms}, or ISO 8601 ({@code PT90S}). */
final class IntervalConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        Matcher m = SHORT.matcher(value.strip());
        Duration duration;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            duration = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        } else {
            try {
                duration = Duration.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("not a duration: '" + value + "' (try 60s, 5m, 1h or 500ms)");
            }
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new TypeConversionException("not a positive duration: '" + value + "'");
        }
        return duration;
    }
}
