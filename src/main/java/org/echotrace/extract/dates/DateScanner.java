package org.echotrace.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.text.TextDates;

/**
 * Finds the date expressions in one field of a post: {@code 7 марта 2023 г.}, {@code April 2, 2023},
 * {@code Tuesday, March 7}, {@code 07.03.2023}, {@code 2023-03-07}, {@code yesterday}, {@code в прошлую пятницу}.
 *
 * <p>Why token-driven: one pass splits the field into letter and digit runs; the anchored patterns run only where a
 * run can start a date (a digit, a month name, a weekday, a relative word), so a post with no date costs one scan.
 *
 * <p>What is not a date: a time alone, a year alone, {@code 7.03} without a year (amounts and times look the same),
 * phone numbers, version numbers, scores, {@code 1.2K}; Latin month and weekday names must be capitalised
 * ({@code may} is a verb), Cyrillic weekdays need a preposition ({@code в пятницу}) or a date beside them,
 * {@code Today} right after a capitalised word is a name ({@code Russia Today}), a relative word alone in quotes
 * is a title ({@code «Сегодня»}).
 */
public final class DateScanner {
    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final String YEAR_WORD = "(?:\\s*(?:г|р)\\.|\\s+(?:года|году|год|року|рік|г|р)(?!\\p{L}))?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d\\p{L}+\\-./:])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d|[\\-./]\\d)");
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d\\p{L}+\\-./:,])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d|\\d\\d)(?!\\d|[.,:/\\-]\\d)" + YEAR_WORD,
            FLAGS);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d\\p{L}.,:/\\-+])(\\d{1,2})(?:-?го|-?е|st|nd|rd|th)?\\s+(?:of\\s+)?(\\p{L}{3,10})(?!\\p{L})(\\.)?",
            FLAGS);
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\d\\p{L}.,:/\\-+])(\\d{1,2})(?:-?го)?(?:\\s*[–—-]\\s*|\\s+(?:по|и|или|до|and|or|to|through)\\s+)"
                    + "((\\d{1,2})(?:-?го)?\\s+(\\p{L}{3,10}))(?!\\p{L})", FLAGS);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(\\p{L}{3,10})(?!\\p{L})(\\.)?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|\\p{L}|[.,:/\\-]\\d|\\s*%)", FLAGS);
    private static final Pattern YEAR_AFTER = Pattern.compile(
            ",?\\s+((?:19|20)\\d\\d)(?!\\d|\\p{L}|[.,:/\\-]\\d)" + YEAR_WORD, FLAGS);
    /** Month names of three or four letters that are full names, not abbreviations (their dot ends a sentence). */
    private static final Set<String> SHORT_FULL_MONTHS = Set.of("may", "june", "july", "мая", "май", "июня", "июля",
            "июнь", "июль", "mai", "juni", "juli", "mars", "juin", "mayo");
    private static final Set<String> VERSION_WORDS = Set.of("version", "versions", "ver", "v", "build", "release",
            "версия", "версии", "версию", "сборка", "ios", "android", "windows", "firmware");

    private final DateWords words;

    public DateScanner(DateWords words) {
        this.words = words;
    }

    /** The date expressions of {@code s}, in text order, without overlaps. */
    public List<DateCandidate> scan(String s) {
        Tokens t = Tokens.of(s);
        if (t.size == 0) {
            return List.of();
        }
        List<DateCandidate> found = new ArrayList<>();
        Matcher iso = null;
        Matcher dotted = null;
        Matcher dayFirst = null;
        Matcher monthFirst = null;
        Matcher yearAfter = null;
        for (int i = 0; i < t.size; i++) {
            int st = t.start[i];
            if (t.digit[i]) {
                int len = t.end[i] - st;
                if (len == 4 && st + 5 < s.length() && s.charAt(t.end[i]) == '-') {
                    iso = reset(iso, ISO, s, st);
                    if (iso.lookingAt()) {
                        add(found, absolute(st, iso.end(), iso.group(1), iso.group(2), iso.group(3), 0));
                        continue;
                    }
                }
                if (len > 2) {
                    continue;
                }
                if (t.end[i] < s.length() && s.charAt(t.end[i]) == '.') {
                    dotted = reset(dotted, DOTTED, s, st);
                    if (dotted.lookingAt() && !versionBefore(t, i, s)) {
                        String y = dotted.group(3);
                        if (y.length() == 4 || dotted.group(2).length() == 2) {
                            int year = y.length() == 4 ? Integer.parseInt(y) : 2000 + Integer.parseInt(y);
                            add(found, absolute(st, dotted.end(), String.valueOf(year), dotted.group(2),
                                    dotted.group(1), 0));
                        }
                        continue;
                    }
                }
                if (i + 2 < t.size && range(s, t, i, found)) {
                    continue;
                }
                if (i + 1 < t.size && !t.digit[i + 1]) {
                    dayFirst = reset(dayFirst, DAY_FIRST, s, st);
                    if (dayFirst.lookingAt()) {
                        String mw = dayFirst.group(2);
                        int month = monthOf(mw);
                        if (month > 0) {
                            int end = dayFirst.group(3) != null && abbreviation(mw) ? dayFirst.end() : dayFirst.end(2);
                            yearAfter = reset(yearAfter, YEAR_AFTER, s, end);
                            String year = null;
                            if (yearAfter.lookingAt()) {
                                year = yearAfter.group(1);
                                end = yearAfter.end();
                            }
                            add(found, withWeekdayBefore(t, i, s, absolute(st, end, year,
                                    String.valueOf(month), dayFirst.group(1), 0)));
                        }
                    }
                }
                continue;
            }
            int len = t.end[i] - st;
            if (len < 3) {
                continue;
            }
            if (len <= 10 && i + 1 < t.size && t.digit[i + 1] && latin(s.charAt(st))
                    && Character.isUpperCase(s.charAt(st))) {
                int month = monthOf(s.substring(st, t.end[i]));
                if (month > 0) {
                    monthFirst = reset(monthFirst, MONTH_FIRST, s, st);
                    if (monthFirst.lookingAt() && (monthFirst.group(2) == null
                            || abbreviation(s.substring(st, t.end[i])))) {
                        int end = monthFirst.end();
                        yearAfter = reset(yearAfter, YEAR_AFTER, s, end);
                        String year = null;
                        if (yearAfter.lookingAt()) {
                            year = yearAfter.group(1);
                            end = yearAfter.end();
                        }
                        add(found, withWeekdayBefore(t, i, s, absolute(st, end, year, String.valueOf(month),
                                monthFirst.group(3), 0)));
                        continue;
                    }
                }
            }
            if (!words.mayTrigger(s, st, t.end[i])) {
                continue;
            }
            String lower = s.substring(st, t.end[i]).toLowerCase(Locale.ROOT);
            DateCandidate rel = relative(t, i, s, lower);
            if (rel != null) {
                add(found, rel);
                continue;
            }
            int wd = words.weekday(lower);
            if (wd > 0) {
                DateCandidate w = weekday(t, i, s, wd);
                if (w != null) {
                    add(found, w);
                }
            }
        }
        return found;
    }

    /** {@code 7–9 марта}, {@code с 3 по 8 января}, {@code 3 and 4 May}: both days, the first taking the month. */
    private static boolean range(String s, Tokens t, int i, List<DateCandidate> found) {
        boolean dash = t.digit[i + 1];
        boolean word = !dash && t.end[i + 1] - t.start[i + 1] <= 7 && (t.digit[i + 2]
                || i + 3 < t.size && t.digit[i + 3]);
        if (!dash && !word) {
            return false;
        }
        Matcher m = RANGE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(t.start[i], s.length());
        if (!m.lookingAt()) {
            return false;
        }
        int month = monthOf(m.group(4));
        if (month == 0) {
            return false;
        }
        int end = m.end();
        Matcher y = YEAR_AFTER.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(end, s.length());
        String year = null;
        if (y.lookingAt()) {
            year = y.group(1);
            end = y.end();
        }
        DateCandidate first = absolute(m.start(1), m.end(1), year, String.valueOf(month), m.group(1), 0);
        DateCandidate second = absolute(m.start(2), end, year, String.valueOf(month), m.group(3), 0);
        if (first == null || second == null) {
            return false;
        }
        add(found, first);
        add(found, second);
        return true;
    }

    private static Matcher reset(Matcher m, Pattern p, String s, int from) {
        Matcher out = m == null ? p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false) : m;
        out.region(from, s.length());
        return out;
    }

    /** Keeps the list free of overlaps: an absolute date beats a weekday or relative word, then the longer wins. */
    private static void add(List<DateCandidate> found, DateCandidate c) {
        if (c == null) {
            return;
        }
        while (!found.isEmpty()) {
            DateCandidate last = found.get(found.size() - 1);
            if (last.end() <= c.start()) {
                break;
            }
            if (better(last, c)) {
                return;
            }
            found.remove(found.size() - 1);
        }
        found.add(c);
    }

    private static boolean better(DateCandidate a, DateCandidate b) {
        boolean aa = a.kind() == DateCandidate.Kind.ABSOLUTE;
        boolean ba = b.kind() == DateCandidate.Kind.ABSOLUTE;
        if (aa != ba) {
            return aa;
        }
        return a.end() - a.start() >= b.end() - b.start();
    }

    private static DateCandidate absolute(int start, int end, String year, String month, String day, int weekday) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        Integer y = year == null ? null : Integer.valueOf(year);
        if (m < 1 || m > 12 || d < 1 || d > java.time.Month.of(m).maxLength()) {
            return null;
        }
        if (y != null && m == 2 && d == 29 && !java.time.Year.isLeap(y)) {
            return null;
        }
        return DateCandidate.absolute(start, end, y, m, d, weekday);
    }

    /** {@code Tuesday, March 7}, {@code вторник, 7 марта}: the weekday joins the date's span. */
    private DateCandidate withWeekdayBefore(Tokens t, int i, String s, DateCandidate c) {
        if (c == null || i == 0 || t.digit[i - 1]) {
            return c;
        }
        int j = i - 1;
        if (!gap(s, t.end[j], t.start[i], true)) {
            return c;
        }
        String w = s.substring(t.start[j], t.end[j]);
        int wd = words.weekday(w.toLowerCase(Locale.ROOT));
        if (wd == 0 || latin(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
            return c;
        }
        return c.withWeekday(t.start[j], wd);
    }

    private DateCandidate relative(Tokens t, int i, String s, String lower) {
        for (DateWords.Phrase p : words.phrases(lower)) {
            int n = p.words().size();
            if (i + n > t.size) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = !t.digit[i + k] && t.start[i + k] == t.end[i + k - 1] + 1 && s.charAt(t.end[i + k - 1]) == ' '
                        && s.substring(t.start[i + k], t.end[i + k]).equalsIgnoreCase(p.words().get(k));
            }
            if (ok) {
                return DateCandidate.relative(t.start[i], t.end[i + n - 1], p.days());
            }
        }
        Integer days = words.relative(lower);
        if (days == null) {
            return null;
        }
        int st = t.start[i];
        int en = t.end[i];
        char c0 = s.charAt(st);
        if (latin(c0) && Character.isUpperCase(c0) && i > 0 && !t.digit[i - 1] && gap(s, t.end[i - 1], st, false)
                && Character.isUpperCase(s.charAt(t.start[i - 1]))) {
            return null;
        }
        if (st > 0 && en < s.length() && "«\"“„'".indexOf(s.charAt(st - 1)) >= 0 && "»\"”“'".indexOf(s.charAt(en)) >= 0) {
            return null;
        }
        return DateCandidate.relative(st, en, days);
    }

    private DateCandidate weekday(Tokens t, int i, String s, int wd) {
        char c0 = s.charAt(t.start[i]);
        boolean lat = latin(c0);
        if (lat && !Character.isUpperCase(c0)) {
            return null;
        }
        int start = t.start[i];
        DateWords.Modifier mod = null;
        int j = i - 1;
        if (j >= 0 && !t.digit[j] && gap(s, t.end[j], t.start[j + 1], false)) {
            mod = words.modifier(lowerAt(s, t, j));
        }
        if (mod != null) {
            start = t.start[j];
            if (mod != DateWords.Modifier.ON) {
                int k = j - 1;
                if (k >= 0 && !t.digit[k] && gap(s, t.end[k], t.start[k + 1], false)) {
                    DateWords.Modifier before = words.modifier(lowerAt(s, t, k));
                    if (before == DateWords.Modifier.ON || before == DateWords.Modifier.THIS && mod != DateWords.Modifier.THIS) {
                        start = t.start[k];
                    }
                }
            }
        } else {
            if (!lat) {
                return null;
            }
            if (j >= 0 && !t.digit[j] && gap(s, t.end[j], t.start[i], false)
                    && Character.isUpperCase(s.charAt(t.start[j]))) {
                return null;
            }
            mod = DateWords.Modifier.ON;
        }
        if (!lat && mod == DateWords.Modifier.ON && !"вуВУ".contains(s.substring(t.start[j], t.start[j] + 1))) {
            return null;
        }
        return DateCandidate.weekday(start, t.end[i], wd, mod, mod == DateWords.Modifier.ON && future(t, i, s));
    }

    /**
     * True when the sentence around token {@code i} is in the future tense: it has a listed cue ({@code will},
     * {@code состоится}), or a Russian reflexive verb in the present/future form ({@code прекратятся},
     * {@code откроется}) and no reflexive past ({@code встретился}).
     */
    private boolean future(Tokens t, int i, String s) {
        int from = i;
        while (from > 0 && !sentenceBreak(s, t.end[from - 1], t.start[from])) {
            from--;
        }
        int to = i;
        while (to + 1 < t.size && !sentenceBreak(s, t.end[to], t.start[to + 1])) {
            to++;
        }
        boolean reflexive = false;
        boolean past = false;
        for (int k = from; k <= to; k++) {
            if (k == i || t.digit[k]) {
                continue;
            }
            String w = lowerAt(s, t, k);
            if (words.future(w) || w.endsWith("'ll") || w.endsWith("’ll")) {
                return true;
            }
            if (w.length() > 5) {
                reflexive |= w.endsWith("тся");
                past |= w.endsWith("лся") || w.endsWith("лась") || w.endsWith("лось") || w.endsWith("лись");
            }
        }
        return reflexive && !past;
    }

    private static boolean sentenceBreak(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';') {
                return true;
            }
        }
        return false;
    }

    private static boolean versionBefore(Tokens t, int i, String s) {
        return i > 0 && !t.digit[i - 1] && VERSION_WORDS.contains(lowerAt(s, t, i - 1))
                && t.start[i] - t.end[i - 1] <= 2;
    }

    /** Only spaces between the two tokens, or (when {@code comma}) a comma and spaces. */
    private static boolean gap(String s, int from, int to, boolean comma) {
        if (to <= from || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(c == ' ' || c == '\u00A0' || comma && c == ',' )) {
                return false;
            }
        }
        return true;
    }

    private static String lowerAt(String s, Tokens t, int k) {
        return s.substring(t.start[k], t.end[k]).toLowerCase(Locale.ROOT);
    }

    private static int monthOf(String word) {
        int m = TextDates.month(word);
        if (m > 0 && latin(word.charAt(0)) && !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        return m;
    }

    private static boolean abbreviation(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() <= 4 && !SHORT_FULL_MONTHS.contains(w);
    }

    private static boolean latin(char c) {
        return c < 0x0250;
    }

    /** Letter runs (apostrophes inside a word kept) and digit runs of a string. */
    private static final class Tokens {
        int size;
        int[] start = new int[64];
        int[] end = new int[64];
        boolean[] digit = new boolean[64];

        static Tokens of(String s) {
            Tokens t = new Tokens();
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    int b = i;
                    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                        i++;
                    }
                    t.add(b, i, true);
                } else if (Character.isLetter(c)) {
                    int b = i;
                    i++;
                    while (i < n) {
                        char d = s.charAt(i);
                        if (Character.isLetter(d)) {
                            i++;
                        } else if ((d == '\'' || d == '’' || d == 'ʼ') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                            i += 2;
                        } else {
                            break;
                        }
                    }
                    t.add(b, i, false);
                } else {
                    i++;
                }
            }
            return t;
        }

        private void add(int b, int e, boolean d) {
            if (size == start.length) {
                start = java.util.Arrays.copyOf(start, size * 2);
                end = java.util.Arrays.copyOf(end, size * 2);
                digit = java.util.Arrays.copyOf(digit, size * 2);
            }
            start[size] = b;
            end[size] = e;
            digit[size] = d;
            size++;
        }
    }
}
