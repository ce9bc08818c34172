package org.echotrace.ingest.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the machine-readable dates pages put in meta tags, JSON-LD and {@code <time datetime>} into
 * the ISO 8601 form of {@code Post.published}: offset kept, {@code Z} for UTC, date alone when no time.
 */
final class PublishedDates {
    private static final DateTimeFormatter WITH_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    /** A compact offset such as {@code +0300} at the end, which java.time's ISO parser refuses. */
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private PublishedDates() {
    }

    /** The normalised date, or empty when {@code raw} is not an ISO-like date. */
    static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.length() < 10 || s.length() > 40) {
            return Optional.empty();
        }
        s = s.replace(' ', 'T');
        if (s.indexOf('T') > 0) {
            Matcher m = COMPACT_OFFSET.matcher(s);
            if (m.find() && s.indexOf('T') < m.start()) {
                s = s.substring(0, m.start()) + m.group(1) + ":" + m.group(2);
            }
            try {
                return Optional.of(OffsetDateTime.parse(s).format(WITH_OFFSET));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
            try {
                return Optional.of(ZonedDateTime.parse(s).toOffsetDateTime().format(WITH_OFFSET));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
            try {
                return Optional.of(LocalDateTime.parse(s).format(LOCAL));
            } catch (DateTimeParseException ignored) {
                // try the date alone
            }
            s = s.substring(0, s.indexOf('T'));
        }
        try {
            return Optional.of(LocalDate.parse(s).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
