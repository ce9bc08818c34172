package org.echotrace.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Turns a found date expression into an ISO value against the post's reference date and the post's other dates.
 *
 * <p>Rules (where the issue left room, these are the decisions):
 * <ul>
 *   <li>A written year wins.</li>
 *   <li>No year, a weekday beside the date ({@code Tuesday, March 7}): the year in which that date falls on that
 *       weekday nearest the anchor (the reference date, else the post's first dated expression with a year), looking
 *       seven years either way; with no anchor, the only such year in 2010–2030, else {@code --MM-DD}.</li>
 *   <li>No year otherwise: the year that puts the date between ten months before and two months after the anchor
 *       (news looks back more than ahead), else {@code --MM-DD} (only 29 February can miss); an anchor with only a year gives that year; no anchor gives
 *       {@code --MM-DD}.</li>
 *   <li>{@code today}/{@code yesterday}/…: the reference date plus the offset; a reference without a year still
 *       gives {@code --MM-DD} unless the count crosses a 29 February that may or may not exist; no reference, no value.</li>
 *   <li>Weekdays need a full reference date. {@code last Monday}/{@code в прошлый понедельник}: the latest Monday
 *       strictly before it; {@code next Monday}/{@code в следующий понедельник}: the first strictly after it;
 *       {@code this Monday}: the Monday of the reference's Monday–Sunday week; {@code on Monday}, {@code Monday},
 *       {@code в понедельник}: the latest Monday on or before the reference (news reports the past), or the first
 *       strictly after it when the sentence is in the future tense ({@code will}, {@code состоится}).</li>
 * </ul>
 */
public final class DateResolver {
    private static final int WEEKDAY_SPAN = 7;

    private DateResolver() {
    }

    /**
     * The ISO value of {@code c}, or null when it cannot be resolved.
     *
     * @param ref    the post's reference date, or null
     * @param anchor a full date written elsewhere in the post, used when {@code ref} has no year; may be null
     */
    public static String resolve(DateCandidate c, ReferenceDate ref, LocalDate anchor) {
        return switch (c.kind()) {
            case ABSOLUTE -> absolute(c, ref, anchor);
            case RELATIVE -> relative(c.days(), ref);
            case WEEKDAY -> ref != null && ref.full() ? iso(weekday(c, ref.date())) : null;
        };
    }

    private static String absolute(DateCandidate c, ReferenceDate ref, LocalDate anchorDate) {
        if (c.year() != null) {
            return iso(LocalDate.of(c.year(), c.month(), c.day()));
        }
        LocalDate anchor = ref != null && ref.full() ? ref.date() : null;
        Integer anchorYear = ref != null ? ref.year() : null;
        if (anchorYear != null && anchor == null && ref.month() > 0) {
            anchor = LocalDate.of(anchorYear, ref.month(), Math.min(15, java.time.Month.of(ref.month()).length(
                    java.time.Year.isLeap(anchorYear))));
        }
        if (anchorYear == null && anchorDate != null) {
            anchor = anchorDate;
            anchorYear = anchorDate.getYear();
        }
        if (c.weekday() > 0) {
            return byWeekday(c, anchor != null ? anchor : anchorYear != null ? LocalDate.of(anchorYear, 7, 1) : null);
        }
        if (anchor == null) {
            if (anchorYear != null && valid(anchorYear, c.month(), c.day())) {
                return iso(LocalDate.of(anchorYear, c.month(), c.day()));
            }
            return monthDay(c.month(), c.day());
        }
        LocalDate from = anchor.minusMonths(10);
        LocalDate to = anchor.plusMonths(2);
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (valid(y, c.month(), c.day())) {
                LocalDate d = LocalDate.of(y, c.month(), c.day());
                if (!d.isBefore(from) && !d.isAfter(to)) {
                    return iso(d);
                }
            }
        }
        return monthDay(c.month(), c.day());
    }

    private static String byWeekday(DateCandidate c, LocalDate anchor) {
        DayOfWeek dow = DayOfWeek.of(c.weekday());
        LocalDate best = null;
        int count = 0;
        int lo = anchor == null ? 2010 : anchor.getYear() - WEEKDAY_SPAN;
        int hi = anchor == null ? 2030 : anchor.getYear() + WEEKDAY_SPAN;
        for (int y = lo; y <= hi; y++) {
            if (!valid(y, c.month(), c.day())) {
                continue;
            }
            LocalDate d = LocalDate.of(y, c.month(), c.day());
            if (d.getDayOfWeek() != dow) {
                continue;
            }
            count++;
            if (best == null || anchor != null && distance(d, anchor) < distance(best, anchor)) {
                best = d;
            }
        }
        if (best == null || anchor == null && count > 1) {
            return monthDay(c.month(), c.day());
        }
        return iso(best);
    }

    private static String relative(int days, ReferenceDate ref) {
        if (ref == null || ref.month() == 0 || ref.day() == 0) {
            return null;
        }
        if (ref.year() != null) {
            return iso(ref.date().plusDays(days));
        }
        if (ref.month() == 2 && ref.day() == 29) {
            LocalDate d = LocalDate.of(2000, 2, 29).plusDays(days);
            return monthDay(d.getMonthValue(), d.getDayOfMonth());
        }
        LocalDate leap = LocalDate.of(2000, ref.month(), ref.day()).plusDays(days);
        LocalDate common = LocalDate.of(2001, ref.month(), ref.day()).plusDays(days);
        if (leap.getMonthValue() != common.getMonthValue() || leap.getDayOfMonth() != common.getDayOfMonth()) {
            return null;
        }
        return monthDay(leap.getMonthValue(), leap.getDayOfMonth());
    }

    private static LocalDate weekday(DateCandidate c, LocalDate ref) {
        int target = c.weekday();
        int today = ref.getDayOfWeek().getValue();
        int back = (today - target + 7) % 7;
        int ahead = (target - today + 7) % 7;
        return switch (c.modifier()) {
            case PAST -> ref.minusDays(back == 0 ? 7 : back);
            case NEXT -> ref.plusDays(ahead == 0 ? 7 : ahead);
            case THIS -> ref.plusDays(target - today);
            case ON -> c.future() ? ref.plusDays(ahead == 0 ? 7 : ahead) : ref.minusDays(back);
        };
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static boolean valid(int y, int m, int d) {
        return d <= java.time.Month.of(m).length(java.time.Year.isLeap(y));
    }

    private static String iso(LocalDate d) {
        return d.getYear() < 1000 || d.getYear() > 9999 ? null : d.toString();
    }

    private static String monthDay(int m, int d) {
        return String.format(Locale.ROOT, "--%02d-%02d", m, d);
    }
}
