package org.echotrace.ingest.feed;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.text.CueFile;
import org.echotrace.text.TextDates;

/**
 * Reads the feed dates that Rome's RFC 822 / W3C parser gives up on: localised day and month names
 * ({@code gio, 17 mar 2022 09:15:00 +0100}, {@code чт, 17 мар 2022 09:15:00 +0300}) and common non-RFC
 * forms ({@code Thu, Mar 17 2022 09:15:00 AM}, a missing comma or seconds, {@code GMT}/{@code EST} zones).
 * A leading weekday is ignored, whatever its language; the month comes from the shared month list
 * ({@link TextDates#month}) and then {@code feed-months.txt}. With a zone the result keeps its offset,
 * without one it is a local time, without a time a date.
 */
final class FeedDates {
    private static final DateTimeFormatter OFFSET_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter LOCAL_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final Pattern TOKEN = Pattern.compile("[^\\s,]+(,?)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\.\\d+)?([ap]\\.?m\\.?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET = Pattern.compile("(?:gmt|utc)?([+-])(\\d{1,2}):?(\\d{2})?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> ZONES = Map.of("gmt", 0, "utc", 0, "ut", 0, "z", 0, "est", -5,
            "edt", -4, "cst", -6, "cdt", -5, "mst", -7, "mdt", -6);
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (CueFile.Entry e : CueFile.load(FeedDates.class, "feed-months.txt")) {
            int month;
            try {
                month = Integer.parseInt(e.key());
            } catch (NumberFormatException ex) {
                throw e.error("the key must be a month number");
            }
            for (String v : e.values()) {
                MONTHS.put(v.toLowerCase(Locale.ROOT), month);
            }
        }
    }

    private FeedDates() {
    }

    /** The ISO form of {@code raw}, or null when it is not a date this parser understands. */
    static String parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return null;
        }
        Matcher t = TOKEN.matcher(raw.strip());
        int day = -1;
        int month = -1;
        int year = -1;
        int hour = -1;
        int minute = 0;
        int second = 0;
        Integer offsetMinutes = null;
        boolean first = true;
        while (t.find()) {
            String tok = t.group().endsWith(",") ? t.group().substring(0, t.group().length() - 1) : t.group();
            String lower = tok.toLowerCase(Locale.ROOT);
            String noDot = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
            boolean weekdaySlot = first && (!t.group(1).isEmpty() || month(noDot) == 0);
            first = false;
            Matcher time = TIME.matcher(tok);
            Matcher off = OFFSET.matcher(tok);
            if (time.matches() && hour < 0) {
                hour = Integer.parseInt(time.group(1));
                minute = Integer.parseInt(time.group(2));
                second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
                if (time.group(4) != null) {
                    hour = ampm(hour, time.group(4));
                }
            } else if ((lower.equals("am") || lower.equals("pm")) && hour >= 0) {
                hour = ampm(hour, lower);
            } else if (hour >= 0 && off.matches()) {
                int sign = off.group(1).equals("-") ? -1 : 1;
                int h = Integer.parseInt(off.group(2));
                int m = off.group(3) == null ? 0 : Integer.parseInt(off.group(3));
                offsetMinutes = sign * (h * 60 + m);
            } else if (ZONES.containsKey(lower)) {
                offsetMinutes = ZONES.get(lower) * 60;
            } else if (tok.matches("\\d{4}")) {
                year = Integer.parseInt(tok);
            } else if (tok.matches("\\d{1,2}\\.?") && day < 0) {
                day = Integer.parseInt(noDot);
            } else if (!tok.isEmpty() && Character.isLetter(tok.charAt(0))) {
                int mo = month(noDot);
                if (mo > 0 && month < 0 && !weekdaySlot) {
                    month = mo;
                } else if (!weekdaySlot) {
                    return null; // an unknown word: not a date we understand
                }
            } else {
                return null;
            }
        }
        if (day < 1 || month < 1 || year < 1) {
            return null;
        }
        try {
            if (hour < 0) {
                return LocalDate.of(year, month, day).toString();
            }
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            if (offsetMinutes == null) {
                return LOCAL_OUT.format(local);
            }
            return OFFSET_OUT.format(OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offsetMinutes * 60)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        int m = TextDates.month(name);
        return m > 0 ? m : MONTHS.getOrDefault(name, 0);
    }

    private static int ampm(int hour, String marker) {
        boolean pm = marker.toLowerCase(Locale.ROOT).startsWith("p");
        return hour == 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
    }
}
