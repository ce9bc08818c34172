package org.echotrace.extract.dates;

import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a post's relative expressions count from, read from its {@code published} value: a full date
 * ({@code 2023-03-07}, also the date part of {@code 2023-03-07T14:05:00+03:00} as written, in the post's own
 * offset), a year and month, a year alone, or a month and day without a year ({@code --03-07}).
 *
 * @param year  the year, or null
 * @param month 1–12, or 0 when unknown
 * @param day   1–31, or 0 when unknown
 */
public record ReferenceDate(Integer year, int month, int day) {
    private static final Pattern ISO = Pattern.compile("\\s*(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:[T ].*)?\\s*");
    private static final Pattern MONTH_DAY = Pattern.compile("\\s*--(\\d\\d)-(\\d\\d)\\s*");

    /** The reference date of a published value, or null when there is none or it cannot be read. */
    public static ReferenceDate of(String published) {
        if (published == null || published.length() > 64) {
            return null;
        }
        Matcher m = ISO.matcher(published);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (mo > 12 || d > 0 && (mo == 0 || d > java.time.Month.of(mo).length(Year.isLeap(y)))) {
                return null;
            }
            return new ReferenceDate(y, mo, d);
        }
        m = MONTH_DAY.matcher(published);
        if (m.matches()) {
            int mo = Integer.parseInt(m.group(1));
            int d = Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12 || d < 1 || d > java.time.Month.of(mo).maxLength()) {
                return null;
            }
            return new ReferenceDate(null, mo, d);
        }
        return null;
    }

    /** True when year, month and day are all known. */
    public boolean full() {
        return year != null && month > 0 && day > 0;
    }

    /** The full date; only when {@link #full()}. */
    public LocalDate date() {
        return LocalDate.of(year, month, day);
    }
}
