package org.echotrace.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises dates written in words in English, Russian, Ukrainian, Belarusian and a few western languages
 * ({@code March 7}, {@code Oct 2, 2023}, {@code 7 марта}, {@code 3 ноября 2023 г., 18:40},
 * {@code 03.11.2023 18:40}). Month names come from {@code months.txt}.
 *
 * <p>Used by readers of text dumps (date header lines, timestamps next to headlines) and by
 * {@link DatelineExtractor}.
 */
public final class TextDates {
    private static final Map<String, Integer> MONTHS = loadMonths();
    private static final String MONTH = "(?<month>\\p{L}{3,10})\\.?";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)(?:\\s*(?:г|р|year)\\.?)?";
    private static final String TIME = "(?:\\s*,?\\s*(?:at|в|о|um|à|a las)?\\s*(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?::[0-5]\\d)?)?";
    private static final String TIME_FIRST = "(?:(?<fh>[01]?\\d|2[0-3]):(?<fm>[0-5]\\d)\\s*,?\\s*)?";

    private static final Pattern MONTH_FIRST = Pattern.compile(
            TIME_FIRST + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,?\\s*" + YEAR + ")?" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            TIME_FIRST + "(?<day>\\d{1,2})\\.?\\s+" + MONTH + "(?:\\s*,?\\s*" + YEAR + ")?" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile(
            TIME_FIRST + "(?:(?<day>\\d{1,2})\\.(?<mon>\\d{1,2})\\.(?<year>(?:19|20)\\d\\d)"
                    + "|(?<iy>(?:19|20)\\d\\d)-(?<im>\\d\\d)-(?<id>\\d\\d))" + TIME);

    private TextDates() {
    }

    /** The date when {@code s} (trimmed, an optional trailing period aside) is nothing but a date. */
    public static Optional<TextDate> parseWhole(String s) {
        String t = s.strip();
        if (t.endsWith(".") && !t.endsWith("г.") && !t.endsWith("р.")) {
            t = t.substring(0, t.length() - 1);
        }
        for (Pattern p : new Pattern[] {MONTH_FIRST, DAY_FIRST, NUMERIC}) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                Optional<TextDate> d = toDate(m, p == NUMERIC);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** The number of a month name or abbreviation in any supported language, or 0. */
    public static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static Optional<TextDate> toDate(Matcher m, boolean numeric) {
        int month;
        int day;
        Integer year = null;
        if (numeric) {
            if (m.group("iy") != null) {
                year = Integer.parseInt(m.group("iy"));
                month = Integer.parseInt(m.group("im"));
                day = Integer.parseInt(m.group("id"));
            } else {
                year = Integer.parseInt(m.group("year"));
                month = Integer.parseInt(m.group("mon"));
                day = Integer.parseInt(m.group("day"));
            }
        } else {
            month = month(m.group("month"));
            day = Integer.parseInt(m.group("day"));
            if (m.group("year") != null) {
                year = Integer.parseInt(m.group("year"));
            }
        }
        String h = m.group("hour") != null ? m.group("hour") : m.group("fh");
        String min = m.group("hour") != null ? m.group("minute") : m.group("fm");
        if (m.group("hour") != null && m.group("fh") != null) {
            return Optional.empty();
        }
        Integer hour = h == null ? null : Integer.parseInt(h);
        Integer minute = min == null ? null : Integer.parseInt(min);
        if (!TextDate.valid(month, day, hour, minute)) {
            return Optional.empty();
        }
        return Optional.of(new TextDate(year, month, day, hour, minute));
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> out = new HashMap<>();
        for (CueFile.Entry e : CueFile.load(TextDates.class, "months.txt")) {
            int n;
            try {
                n = Integer.parseInt(e.key());
            } catch (NumberFormatException ex) {
                throw e.error("month number expected");
            }
            if (n < 1 || n > 12) {
                throw e.error("month number must be 1-12");
            }
            for (String name : e.values()) {
                Integer old = out.put(name.toLowerCase(Locale.ROOT), n);
                if (old != null && old != n) {
                    throw e.error("'" + name + "' already names month " + old);
                }
            }
        }
        return Map.copyOf(out);
    }
}
