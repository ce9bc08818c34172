package org.echotrace.ingest.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.text.CreditLines;
import org.echotrace.text.CueFile;
import org.echotrace.text.TextDate;
import org.echotrace.text.TextDates;

/**
 * Classifies the lines of a news article saved as plain text: page furniture, openers of related-link
 * blocks, notices (cookies, ad blockers, comment forms, subscription prompts), share rows, breadcrumbs,
 * counters and time stamps, by-lines. Cue words come from {@code text-boilerplate.txt} and
 * {@code text-age-patterns.txt}, loaded once.
 */
final class TextBoilerplateCues {
    /** A notice phrase only condemns a line shorter than this; longer lines are article text. */
    static final int MAX_NOTICE_CHARS = 400;
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s*(?:›|»|→|>|/|\\||•|·|\\\\)\\s*");
    private static final Pattern TRAILING = Pattern.compile("[\\s:›»>.…]+$");

    /** A row of badges or link labels: at most this many words a label. */
    static final int MAX_BADGE_WORDS = 3;
    /** ... and this many characters. */
    static final int MAX_BADGE_CHARS = 25;
    /** A meta line (label and date, by-line and date) is at most this long. */
    static final int MAX_META_CHARS = 120;
    private static final Pattern BADGE_SEPARATOR = Pattern.compile("\\s{2,}|\\t|\\s+[·•|]\\s+");
    private static final Pattern META_SEPARATOR = Pattern.compile("\\s{2,}|\\s+[-–—|·•]\\s+");

    /**
     * What a line is: furniture to drop, the opener of a related block, a time stamp or counter, a meta line
     * (a labelled date, a by-line with a date, a photo or view-count line: dropped, its date and author read),
     * or content.
     */
    enum Kind { BLANK, FURNITURE, BLOCK, TIME, META, CONTENT }

    private final Set<String> lines = new HashSet<>();
    private final Set<String> blocks = new HashSet<>();
    private final List<String> phrases = new ArrayList<>();
    private final Set<String> share = new HashSet<>();
    private final Set<String> homeWords = Set.of("home", "главная", "головна", "галоўная", "startseite", "accueil",
            "inicio", "news", "новости", "новини", "навіны");
    private final List<String> authorPrefixes = new ArrayList<>();
    private final List<Pattern> ages = new ArrayList<>();
    private final List<String> dateLabels = new ArrayList<>();
    private final List<String> photoPrefixes = new ArrayList<>();

    private static final TextBoilerplateCues INSTANCE = new TextBoilerplateCues();

    static TextBoilerplateCues get() {
        return INSTANCE;
    }

    private TextBoilerplateCues() {
        for (CueFile.Entry e : CueFile.load(getClass(), "text-boilerplate.txt")) {
            List<String> values = e.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
            switch (e.key()) {
                case "line" -> lines.addAll(values);
                case "block" -> blocks.addAll(values);
                case "phrase" -> phrases.addAll(values);
                case "share" -> share.addAll(values);
                case "author" -> authorPrefixes.addAll(e.values());
                case "date-label" -> dateLabels.addAll(values);
                case "photo" -> photoPrefixes.addAll(values);
                default -> throw e.error("unknown key '" + e.key() + "'");
            }
        }
        for (CueFile.Entry e : CueFile.load(getClass(), "text-age-patterns.txt")) {
            ages.add(e.pattern());
        }
    }

    Kind kind(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return Kind.BLANK;
        }
        String key = TRAILING.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        if (blocks.contains(key)) {
            return Kind.BLOCK;
        }
        if (isInlineBlock(key)) {
            return Kind.FURNITURE;
        }
        if (lines.contains(key) || lines.contains(s.toLowerCase(Locale.ROOT)) || isNotice(key, s) || isShareRow(key)
                || isBreadcrumb(s)) {
            return Kind.FURNITURE;
        }
        if (isTime(s)) {
            return Kind.TIME;
        }
        if (isMeta(s)) {
            return Kind.META;
        }
        if (isBadgeRow(s)) {
            return Kind.FURNITURE;
        }
        return Kind.CONTENT;
    }

    /**
     * A meta line: a date label with a date ({@code Date: 2023-05-04  Politics}, {@code Updated 5:41 PM EST,
     * December 1, 2023}, {@code Опубликовано: 21 марта 2023}), a by-line with a date ({@code By Marta Novak  -
     * May 4, 2023}) or a photo line ({@code Photo of Laura Chen}, {@code Фото Ивана Петрова}).
     */
    boolean isMeta(String s) {
        if (s.length() > MAX_META_CHARS) {
            return false;
        }
        if (isPhotoLine(s) || isDateOnly(s)) {
            return true;
        }
        return (startsWithLabel(s, dateLabels) != null || byLine(s) != null) && dateIn(s) != null;
    }

    /**
     * A short line that is a date with clock time, zone or weekday around it ({@code May 5, 2023 11:20 AM},
     * {@code Friday, 5 May 2023, 09:41 CET}): at most one word besides numbers and month names.
     */
    static boolean isDateOnly(String s) {
        if (s.length() > 50 || dateIn(s) == null) {
            return false;
        }
        int other = 0;
        for (String w : s.split("[\\s,;|]+")) {
            String t = w.replaceAll("[.:()]+$|^[.:()]+", "");
            if (t.isEmpty() || t.matches("[\\d.:/-]+") || TextDates.month(t) > 0
                    || t.matches("(?i)am|pm|[a-z]{2,4}t|utc|msk|г|р|at|в|о")) {
                continue;
            }
            other++;
        }
        return other <= 1;
    }

    /**
     * {@code Photo of <name>}, {@code Фото <name>}, {@code Автор фото: <name>}: a photo prefix and a short name,
     * the photo of the author under the headline; a photo credit line ({@code Фото: …}) is not one.
     */
    boolean isPhotoLine(String s) {
        String rest = startsWithLabel(s, photoPrefixes);
        if (rest == null || rest.isEmpty() || CreditLines.parse(s, false).isPresent()) {
            // "Фото: …" is a photo credit, kept for the credit extractor
            return false;
        }
        String[] words = rest.split("\\s+");
        return words.length <= 4 && Character.isUpperCase(rest.codePointAt(0)) && !rest.matches(".*[.!?]$");
    }

    /** The name of a photo line, or null. */
    String photoName(String s) {
        return isPhotoLine(s) ? startsWithLabel(s, photoPrefixes) : null;
    }

    /** What follows one of {@code labels} (case-insensitive, then an optional colon), or null. */
    private static String startsWithLabel(String s, List<String> labels) {
        for (String l : labels) {
            if (s.regionMatches(true, 0, l, 0, l.length())) {
                String rest = s.substring(l.length());
                if (rest.isEmpty() || rest.charAt(0) == ':' || Character.isWhitespace(rest.charAt(0))) {
                    return rest.replaceFirst("^\\s*:?\\s*", "");
                }
            }
        }
        return null;
    }

    /** The by-line part of {@code By Marta Novak  -  May 4, 2023}, when the line has a separator; else null. */
    private String byLine(String s) {
        String[] parts = META_SEPARATOR.split(s.strip());
        if (parts.length < 2) {
            return null;
        }
        return author(parts[0]);
    }

    /** The author of a by-line, also when a date follows it after a separator. */
    String authorOfMeta(String s) {
        String a = author(s);
        return a != null ? a : byLine(s);
    }

    /**
     * A row of short labels separated by runs of spaces, tabs or middle dots ({@code Politics     Europe
     * Featured}, {@code Share on Facebook   Share on Twitter}): two or more labels of at most
     * {@value #MAX_BADGE_WORDS} words and {@value #MAX_BADGE_CHARS} characters, none ending a sentence.
     */
    boolean isBadgeRow(String s) {
        String[] parts = BADGE_SEPARATOR.split(s.strip());
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            String t = p.strip();
            if (t.isEmpty() || t.length() > MAX_BADGE_CHARS || t.split("\\s+").length > MAX_BADGE_WORDS
                    || t.matches(".*[.!?,;]$") && !t.matches("(?:\\p{Lu}\\.){2,}")) {
                return false;
            }
        }
        return true;
    }

    /** The date of a labelled date line ({@code Published: 7 July 2023}), or null. */
    String labelledDate(String s) {
        return s.length() <= MAX_META_CHARS && startsWithLabel(s, dateLabels) != null ? date(s) : null;
    }

    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)");

    /**
     * {@code 17/02/2023} as {@code 17.02.2023} when the order is plain (a part above 12 is the day); other text
     * and ambiguous slash dates ({@code 03/04/2023}) unchanged.
     */
    static String slashDate(String t) {
        Matcher m = SLASH_DATE.matcher(t);
        if (!m.matches()) {
            return t;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a > 12 && b <= 12) {
            return a + "." + b + "." + m.group(3);
        }
        if (b > 12 && a <= 12) {
            return b + "." + a + "." + m.group(3);
        }
        return t;
    }

    /**
     * The date written somewhere in a short meta line, as ISO 8601: the longest run of at most six words that
     * is a date, a run with a year preferred; null when none.
     */
    static String dateIn(String s) {
        if (s.length() > MAX_META_CHARS) {
            return null;
        }
        String[] words = s.strip().split("\\s+");
        String best = null;
        int bestScore = 0;
        for (int i = 0; i < words.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 6); j++) {
                if (j > i) {
                    sb.append(' ');
                }
                sb.append(words[j]);
                String t = slashDate(sb.toString().replaceAll("^[,;:(|]+|[,;:)|]+$", ""));
                Optional<TextDate> d = TextDates.parseWhole(t);
                if (d.isPresent()) {
                    int score = (d.get().year() != null ? 100 : 0) + (j - i + 1);
                    if (score > bestScore) {
                        bestScore = score;
                        best = d.get().iso();
                    }
                }
            }
        }
        if (best != null && best.indexOf('T') > 0 && TWELVE_HOUR.matcher(s).find()) {
            // a 12-hour clock the date parser does not read: keep the date, not a possibly wrong hour
            best = best.substring(0, best.indexOf('T'));
        }
        return best;
    }

    private static final Pattern TWELVE_HOUR = Pattern.compile("(?i)\\d\\s*[ap]\\.?m\\b");

    /** A counter, an age or a time stamp: {@code 137}, {@code 45 mins ago}, {@code November 3, 18:40}. */
    boolean isTime(String s) {
        for (Pattern p : ages) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return strictDate(s) != null;
    }

    /**
     * The date of a line that is a date ({@code November 4, 2023}) or a meta line with a date among
     * {@code |}-separated parts ({@code Source: Xinhua | 2024-06-01 21:15:32 | Editor: …}), as ISO 8601; else null.
     */
    String date(String s) {
        String d = strictDate(s);
        return d != null ? d : dateIn(s);
    }

    /** A date that is the whole line or one of its {@code |}-separated parts; else null. */
    private static String strictDate(String s) {
        Optional<TextDate> whole = TextDates.parseWhole(s);
        if (whole.isPresent()) {
            return whole.get().iso();
        }
        if (s.indexOf('|') > 0 && s.length() < 200) {
            for (String part : s.split("\\|")) {
                Optional<TextDate> d = TextDates.parseWhole(part);
                if (d.isPresent()) {
                    return d.get().iso();
                }
            }
        }
        return null;
    }

    /** "Read also: Some headline" on one line. */
    private boolean isInlineBlock(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && colon < 40 && blocks.contains(key.substring(0, colon).strip());
    }

    /** The author named by a by-line ({@code By Anna Petrova}), or null. */
    String author(String line) {
        String s = line.strip();
        for (String p : authorPrefixes) {
            if (s.regionMatches(true, 0, p, 0, p.length()) && s.length() > p.length()
                    && (p.endsWith(":") || Character.isWhitespace(s.charAt(p.length())))) {
                String name = s.substring(p.length()).strip().replaceFirst("^:\\s*", "");
                String[] words = name.split("\\s+");
                if (!name.isEmpty() && words.length <= 5 && Character.isUpperCase(name.codePointAt(0))
                        && !name.matches(".*[.!?]$")) {
                    return name;
                }
            }
        }
        return null;
    }

    private boolean isNotice(String key, String s) {
        if (s.length() >= MAX_NOTICE_CHARS) {
            return false;
        }
        for (String p : phrases) {
            if (key.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean isShareRow(String key) {
        String[] words = key.split("[\\s,|/·•]+");
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!share.contains(w)) {
                return false;
            }
            n++;
        }
        return n > 0;
    }

    /** {@code Home › World › Europe}, {@code Главная / Политика}: short items joined by separators. */
    private boolean isBreadcrumb(String s) {
        if (s.length() > 150) {
            return false;
        }
        String[] parts = BREADCRUMB_SEPARATOR.split(s);
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (p.isBlank() || p.split("\\s+").length > 4 || p.matches(".*[.!?,;:]$") || p.matches(".*\\d{3,}.*")) {
                return false;
            }
        }
        Matcher m = BREADCRUMB_SEPARATOR.matcher(s);
        int seps = 0;
        while (m.find()) {
            seps++;
        }
        return seps >= 2 || homeWords.contains(parts[0].toLowerCase(Locale.ROOT));
    }
}
