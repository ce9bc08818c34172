package org.echotrace.ingest.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the date values scrapers write into echotrace's ISO 8601 form: an ISO or RFC 1123 string with an
 * offset keeps it ({@code 2023-08-01T12:34:56+03:00}), a date-time without an offset stays local
 * ({@code 2023-08-01T12:34:56}), unix seconds or milliseconds become UTC ({@code …Z}); fractions of a
 * second are dropped.
 */
final class RecordDates {
    /** Unix times above this are milliseconds (1e11 seconds is the year 5138). */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,16}(\\.\\d+)?");
    /** Always with seconds (ISO_OFFSET_DATE_TIME drops zero seconds); a zero offset is written {@code Z}. */
    static final DateTimeFormatter OFFSET_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter LOCAL_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    /** Accepts {@code T} or a space between date and time, and offsets as {@code Z}, {@code +03:00}, {@code +0300}. */
    private static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> ZONED = List.of(DateTimeFormatter.RFC_1123_DATE_TIME);

    private RecordDates() {
    }

    /** Unix seconds or milliseconds as UTC. */
    static String fromEpoch(double value) {
        long v = (long) value;
        Instant i = Math.abs(v) >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        return OFFSET_OUT.format(i.atOffset(ZoneOffset.UTC));
    }

    /**
     * Whether {@code s} is {@code uuuu-MM-ddTHH:mm:ssZ} with fields every calendar has (days up to 28), which
     * the general path would print back unchanged.
     */
    private static boolean isPlainUtc(String s) {
        if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
            return false;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour >= 0 && hour <= 23
                && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
    }

    /** The ASCII digits {@code s[from, from + n)} as a number, or -1 when one is not a digit. */
    private static int digits(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The ISO form of {@code raw}, or null when it is not a recognised date. */
    static String parse(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (isPlainUtc(s)) {
            return s; // already in the output form: spare the formatter
        }
        if (NUMBER.matcher(s).matches()) {
            return fromEpoch(Double.parseDouble(s));
        }
        try {
            var parsed = FLEXIBLE.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return OFFSET_OUT.format(odt.truncatedTo(ChronoUnit.SECONDS));
            }
            return LOCAL_OUT.format(((LocalDateTime) parsed).truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return OFFSET_OUT.format(OffsetDateTime.parse(s, f));
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }
}
