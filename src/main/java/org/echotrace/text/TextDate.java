package org.echotrace.text;

import java.util.Locale;

/**
 * A date written in running text, possibly without a year or time ("March 7", "7 марта 2023, 14:05").
 *
 * @param year   the year, or null when the text gave none
 * @param month  1–12
 * @param day    1–31
 * @param hour   0–23, or null when the text gave no time
 * @param minute 0–59, or null when the text gave no time
 */
public record TextDate(Integer year, int month, int day, Integer hour, Integer minute) {

    private static final int[] MAX_DAY = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    public TextDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12, was " + month);
        }
        if (day < 1 || day > MAX_DAY[month - 1]) {
            throw new IllegalArgumentException("day must be 1-" + MAX_DAY[month - 1] + ", was " + day);
        }
        if ((hour == null) != (minute == null)) {
            throw new IllegalArgumentException("hour and minute must both be set or both null");
        }
        if (hour != null && (hour < 0 || hour > 23 || minute < 0 || minute > 59)) {
            throw new IllegalArgumentException("bad time " + hour + ":" + minute);
        }
    }

    /** True when the values make a calendar date (and time); used before constructing from text. */
    public static boolean valid(int month, int day, Integer hour, Integer minute) {
        return month >= 1 && month <= 12 && day >= 1 && day <= MAX_DAY[month - 1]
                && (hour == null || hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59);
    }

    /** The same date with {@code h:m} as its time. */
    public TextDate withTime(int h, int m) {
        return new TextDate(year, month, day, h, m);
    }

    /**
     * ISO 8601 form: {@code 2023-03-07}, {@code --03-07} without a year, and {@code T14:05:00} appended when
     * the time is known (local time; the offset is never known from text alone).
     */
    public String iso() {
        String date = year == null
                ? String.format(Locale.ROOT, "--%02d-%02d", month, day)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        return hour == null ? date : date + String.format(Locale.ROOT, "T%02d:%02d:00", hour, minute);
    }
}
