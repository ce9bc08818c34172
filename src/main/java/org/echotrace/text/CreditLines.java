package org.echotrace.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.model.Attribution;

/**
 * Recognises one credit line: {@code Source: Sputnik}, {@code Источник: РИА Новости}, {@code via @mfa_russia},
 * {@code Translated by Anna Petrova}, {@code Фото: пресс-служба МИД}, {@code Read more at TASS}. Kinds are
 * {@code source}, {@code via}, {@code translated_by} and {@code photo}; prefixes come from
 * {@code credit-prefixes.txt}.
 *
 * <p>Only a whole line is a credit line, and only when what follows the prefix is short and reads like a
 * name (at most {@value #MAX_WORDS} words, no sentence inside). A prefix without a colon ({@code Via},
 * {@code Translated by}) is weaker evidence: callers pass {@code edge = true} only for lines where a credit
 * is expected (the first line, the last two lines, a page element of its own).
 */
public final class CreditLines {
    static final int MAX_WORDS = 8;
    private static final int MAX_NAME_CHARS = 120;
    private static final List<Prefix> PREFIXES = load();
    private static final List<String> FOOTER_CUES = loadFooterCues();
    /** A footer or disclaimer line holding a credit is at most this long. */
    static final int MAX_FOOTER_CHARS = 300;
    private static final int PREFIX_HEAD = PREFIXES.stream().mapToInt(p -> p.text().length()).max().orElse(0) + 8;
    private static final Pattern LEAD = Pattern.compile("^[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}•*·▪►>—–-]*\\s*");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Ll}|[.!?;]\\s+\\S+\\s+\\S+");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.|t\\.me/)\\S+");

    private record Prefix(String text, String kind, boolean strong) {
    }

    /** A recognised credit: who is credited, and the URL when the credit is a link. */
    public record Credit(Attribution attribution, String url) {
    }

    private CreditLines() {
    }

    /**
     * The credit {@code line} gives, if it is a credit line; on an edge line also the credit that ends a footer
     * or disclaimer line ({@code Disclaimer: This article was republished from a partner agency. Via TASS}):
     * the line holds a footer cue ({@code footer} in {@code credit-prefixes.txt}) and its last sentence is a
     * credit line. An aggregator that republishes a state agency's report often names it only there.
     */
    public static Optional<Credit> parse(String line, boolean edge) {
        Optional<Credit> whole = parseWhole(line, edge);
        if (whole.isPresent() || !edge || line.length() > MAX_FOOTER_CHARS) {
            return whole;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        boolean footer = false;
        for (String cue : FOOTER_CUES) {
            if (lower.contains(cue)) {
                footer = true;
                break;
            }
        }
        if (!footer) {
            return Optional.empty();
        }
        String body = line.strip().replaceAll("[.\\s]+$", "");
        int cut = Math.max(body.lastIndexOf(". "), Math.max(body.lastIndexOf("! "), body.lastIndexOf("? ")));
        if (cut < 0) {
            return Optional.empty();
        }
        return parseWhole(body.substring(cut + 2), true);
    }

    private static Optional<Credit> parseWhole(String line, boolean edge) {
        String s = LEAD.matcher(line.strip()).replaceFirst("");
        // prefixes are short: lower-case only the head of the line
        String lower = (s.length() > PREFIX_HEAD ? s.substring(0, PREFIX_HEAD) : s).toLowerCase(Locale.ROOT);
        for (Prefix p : PREFIXES) {
            if (!lower.startsWith(p.text()) || (!p.strong() && !edge)) {
                continue;
            }
            String rest = s.substring(p.text().length());
            if (!p.strong()) {
                if (rest.isEmpty() || !(Character.isWhitespace(rest.charAt(0)) || rest.charAt(0) == ':')) {
                    continue;
                }
                rest = rest.strip();
                if (rest.startsWith(":")) {
                    rest = rest.substring(1);
                }
            }
            String name = rest.strip().replaceAll("[.;,]+$", "").strip();
            if (p.kind().equals("translated_by")) {
                name = translator(name);
            }
            if (!isName(name, p.strong())) {
                continue;
            }
            String url = URL.matcher(name).matches() ? name : null;
            return Optional.of(new Credit(new Attribution(name, p.kind()), url));
        }
        return Optional.empty();
    }

    private static final Pattern FROM_LANGUAGE = Pattern.compile("^\\p{L}+(?:\\s+by\\s+|\\s*:\\s*)(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code Spanish by Maria Lopez} (after "Translated from"), {@code английского: Иван Петров} → the translator. */
    static String translator(String name) {
        Matcher m = FROM_LANGUAGE.matcher(name);
        return m.matches() ? m.group(1).strip() : name;
    }

    private static boolean isName(String name, boolean strong) {
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || SENTENCE_INSIDE.matcher(name).find()) {
            return false;
        }
        if (URL.matcher(name).matches()) {
            return true;
        }
        int words = name.split("\\s+").length;
        if (!strong && (words > 5 || name.indexOf(',') >= 0)) {
            return false;
        }
        return words <= MAX_WORDS;
    }

    private static List<Prefix> load() {
        List<Prefix> out = new ArrayList<>();
        for (CueFile.Entry e : CueFile.load(CreditLines.class, "credit-prefixes.txt")) {
            String kind = e.key();
            if (kind.equals("footer")) {
                continue;
            }
            if (!List.of("source", "via", "translated_by", "photo").contains(kind)) {
                throw e.error("unknown credit kind '" + kind + "'");
            }
            for (String v : e.values()) {
                String t = v.toLowerCase(Locale.ROOT);
                out.add(new Prefix(t, kind, t.endsWith(":") || t.endsWith("-") || t.endsWith("—") || t.endsWith("–")));
            }
        }
        out.sort(Comparator.comparingInt((Prefix p) -> p.text().length()).reversed());
        return List.copyOf(out);
    }

    private static List<String> loadFooterCues() {
        List<String> out = new ArrayList<>();
        for (CueFile.Entry e : CueFile.load(CreditLines.class, "credit-prefixes.txt")) {
            if (e.key().equals("footer")) {
                e.values().forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
            }
        }
        return List.copyOf(out);
    }
}
