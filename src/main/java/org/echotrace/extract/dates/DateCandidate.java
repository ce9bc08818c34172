package org.echotrace.extract.dates;

/**
 * A date expression found in a field before it is resolved against the post's date: an absolute date (the year
 * possibly missing, a weekday possibly named beside it), a day relative to the post ({@code yesterday}), or a
 * weekday ({@code last Monday}).
 *
 * @param start     first char (UTF-16 index) in the field
 * @param end       char after the last
 * @param kind      which of the three
 * @param year      the written year, or null
 * @param month     1–12 for {@link Kind#ABSOLUTE}, else 0
 * @param day       1–31 for {@link Kind#ABSOLUTE}, else 0
 * @param weekday   1 (Monday) … 7, or 0 when none is named
 * @param days      offset in days for {@link Kind#RELATIVE}
 * @param modifier  how a {@link Kind#WEEKDAY} picks its day
 * @param future    true when the sentence is in the future tense
 */
public record DateCandidate(int start, int end, Kind kind, Integer year, int month, int day, int weekday, int days,
        DateWords.Modifier modifier, boolean future) {

    /** The three shapes of a date expression. */
    public enum Kind { ABSOLUTE, RELATIVE, WEEKDAY }

    public DateCandidate {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static DateCandidate absolute(int start, int end, Integer year, int month, int day, int weekday) {
        return new DateCandidate(start, end, Kind.ABSOLUTE, year, month, day, weekday, 0, null, false);
    }

    static DateCandidate relative(int start, int end, int days) {
        return new DateCandidate(start, end, Kind.RELATIVE, null, 0, 0, 0, days, null, false);
    }

    static DateCandidate weekday(int start, int end, int weekday, DateWords.Modifier modifier, boolean future) {
        return new DateCandidate(start, end, Kind.WEEKDAY, null, 0, 0, weekday, 0, modifier, future);
    }

    /** Same expression with its start moved earlier to cover a weekday named before it. */
    DateCandidate withWeekday(int newStart, int newWeekday) {
        return new DateCandidate(newStart, end, kind, year, month, day, newWeekday, days, modifier, future);
    }
}
