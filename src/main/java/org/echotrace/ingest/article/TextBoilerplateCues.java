package org.echotrace.ingest.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** What a line is. */
    enum Kind { BLANK, FURNITURE, BLOCK, TIME, CONTENT }

    private final Set<String> lines = new HashSet<>();
    private final Set<String> blocks = new HashSet<>();
    private final List<String> phrases = new ArrayList<>();
    private final Set<String> share = new HashSet<>();
    private final Set<String> homeWords = Set.of("home", "главная", "головна", "галоўная", "startseite", "accueil",
            "inicio", "news", "новости", "новини", "навіны");
    private final List<String> authorPrefixes = new ArrayList<>();
    private final List<Pattern> ages = new ArrayList<>();

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
        return Kind.CONTENT;
    }

    /** A counter, an age or a time stamp: {@code 137}, {@code 45 mins ago}, {@code November 3, 18:40}. */
    boolean isTime(String s) {
        for (Pattern p : ages) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return date(s) != null;
    }

    /**
     * The date of a line that is a date ({@code November 4, 2023}) or a meta line with a date among
     * {@code |}-separated parts ({@code Source: Xinhua | 2024-06-01 21:15:32 | Editor: …}), as ISO 8601; else null.
     */
    String date(String s) {
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
