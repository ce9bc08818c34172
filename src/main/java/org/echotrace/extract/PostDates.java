package org.echotrace.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the day of a post's {@code published} value ({@code 2023-03-07T…}, {@code 2023-03-07}); null otherwise. */
public final class PostDates {
    private PostDates() {
    }

    public static LocalDate dayOf(String published) {
        if (published == null || published.length() < 10 || published.startsWith("--")) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
