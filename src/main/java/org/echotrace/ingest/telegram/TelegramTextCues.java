package org.echotrace.ingest.telegram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.text.CueFile;
import org.echotrace.text.TextDate;
import org.echotrace.text.TextDates;

/**
 * Recognises the kinds of lines in a Telegram channel page saved as plain text: header counters, join
 * buttons, forwarded-from lines, media markers, reactions and view-count footers. The words come from the
 * {@code telegram-text-*.txt} cue files next to this class, loaded once.
 */
final class TelegramTextCues {
    /** A count as Telegram prints it: {@code 88}, {@code 1.2K}, {@code 12,4 тыс.}, {@code 3.1M}, {@code 12 400}. */
    static final String NUMBER = "(?:\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(?:[KkMmКкМм]\\b|тыс\\.?|тис\\.?|млн\\.?)?";
    private static final String EMOJI = "[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}\\x{20E3}\\x{E0020}-\\x{E007F}]";
    private static final Pattern REACTIONS = Pattern.compile("(?:\\s*" + EMOJI + "+\\s*" + NUMBER + "\\s*)+");
    private static final Pattern REACTION = Pattern.compile("(?<emoji>" + EMOJI + "+)\\s*(?<count>" + NUMBER + ")");
    private static final Pattern NUMBER_PARTS = Pattern.compile(
            "(?<int>\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(?:[.,](?<frac>\\d+))?\\s*(?<suffix>[KkMmКкМм]|тыс|тис|млн)?\\.?");
    private static final Pattern USERNAME = Pattern.compile(
            "(?:@|(?:https?://)?t\\.me/(?:s/)?)(?<name>[A-Za-z][A-Za-z0-9_]{3,31})/?");

    private final Map<String, String> counterWords = new HashMap<>();
    private final Pattern counter;
    private static final Pattern ABBREVIATED = Pattern.compile("\\d\\s*[KkMmКкМм]\\.?$|тыс\\.?$");

    private final Pattern footer;
    private final Set<String> joinLabels = new HashSet<>();
    private final Set<String> noise = new HashSet<>();
    private final Map<String, String> media = new HashMap<>();
    private final List<String> forwardPrefixes = new ArrayList<>();
    private final List<String> contactPage = new ArrayList<>();

    private static final TelegramTextCues INSTANCE = new TelegramTextCues();

    static TelegramTextCues get() {
        return INSTANCE;
    }

    private TelegramTextCues() {
        for (CueFile.Entry e : CueFile.load(getClass(), "telegram-text-counters.txt")) {
            for (String w : e.values()) {
                counterWords.put(w.toLowerCase(Locale.ROOT), e.key());
            }
        }
        counter = Pattern.compile("(?<n>" + NUMBER + ")\\s+(?<word>" + alternation(counterWords.keySet()) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> views = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (CueFile.Entry e : CueFile.load(getClass(), "telegram-text-footer.txt")) {
            switch (e.key()) {
                case "views" -> views.addAll(e.values());
                case "edited" -> edited.addAll(e.values());
                default -> throw e.error("expected key 'views' or 'edited'");
            }
        }
        String v = alternation(views);
        String ed = "(?<edited>" + alternation(edited) + ")";
        footer = Pattern.compile("(?:(?<pre>" + v + ")\\s*)?(?<n>" + NUMBER + ")\\s*(?<post>" + v + ")?\\s*[·•,]?\\s*(?:"
                + ed + "\\s*[·•,]?\\s*)?(?:(?<date>\\p{L}{3,10}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,10}\\.?)"
                + "(?:,?\\s*\\d{4})?\\s*,?\\s*(?:at|в)?\\s*)?(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (CueFile.Entry e : CueFile.load(getClass(), "telegram-text-join-labels.txt")) {
            joinLabels.add(e.text().toLowerCase(Locale.ROOT));
        }
        for (CueFile.Entry e : CueFile.load(getClass(), "telegram-text-noise.txt")) {
            noise.add(e.text().toLowerCase(Locale.ROOT));
        }
        for (CueFile.Entry e : CueFile.load(getClass(), "telegram-text-media.txt")) {
            for (String m : e.values()) {
                media.put(m.toLowerCase(Locale.ROOT), e.key());
            }
        }
        for (CueFile.Entry e : CueFile.load(getClass(), "telegram-text-forwards.txt")) {
            if (e.text().endsWith(":")) {
                throw e.error("a forward prefix must not end with ':' (it is optional in the input)");
            }
            forwardPrefixes.add(e.text().toLowerCase(Locale.ROOT));
        }
        for (CueFile.Entry e : CueFile.load(getClass(), "telegram-contact-page.txt")) {
            contactPage.add(e.text().toLowerCase(Locale.ROOT));
        }
        forwardPrefixes.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** A header counter line ({@code 12.4K subscribers}) as key and value. */
    Optional<Map.Entry<String, Long>> counter(String line) {
        line = spaces(line);
        Matcher m = counter.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(counterWords.get(m.group("word").toLowerCase(Locale.ROOT)), count(m.group("n"))));
    }

    /** The view-count footer of a post: {@code 1.2K views 14:05}, {@code 15.3K 👁 edited 09:12}. */
    Optional<Footer> footer(String line) {
        line = spaces(line);
        Matcher m = footer.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        // a bare "12 14:05" is not a footer: the views word or eye must be there, or an abbreviated
        // count ("15.1K 13:35") or an edited mark, which body text does not produce on a line of its own
        if (m.group("pre") == null && m.group("post") == null && m.group("edited") == null
                && !ABBREVIATED.matcher(m.group("n")).find()) {
            return Optional.empty();
        }
        TextDate date = null;
        if (m.group("date") != null) {
            date = TextDates.parseWhole(m.group("date")).orElse(null);
            if (date == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Footer(count(m.group("n")), date, Integer.parseInt(m.group("h")),
                Integer.parseInt(m.group("m")), m.group("edited") != null));
    }

    /** What a footer line says. */
    record Footer(long views, TextDate date, int hour, int minute, boolean edited) {
    }

    /** The reactions of a line made only of emoji and counts ({@code 👍15🔥2}), in order. */
    Optional<Map<String, Long>> reactions(String line) {
        line = spaces(line);
        if (!REACTIONS.matcher(line).matches()) {
            return Optional.empty();
        }
        Map<String, Long> out = new LinkedHashMap<>();
        Matcher m = REACTION.matcher(line);
        while (m.find()) {
            out.merge(m.group("emoji"), count(m.group("count")), Long::sum);
        }
        return Optional.of(out);
    }

    /** The origin named by a forwarded-from line, or empty. */
    Optional<String> forwardedFrom(String line) {
        line = spaces(line);
        String lower = line.toLowerCase(Locale.ROOT);
        for (String p : forwardPrefixes) {
            if (lower.startsWith(p) && line.length() > p.length()
                    && (Character.isWhitespace(line.charAt(p.length())) || line.charAt(p.length()) == ':')) {
                String name = line.substring(p.length()).replaceFirst("^\\s*:?\\s*", "").strip();
                if (!name.isEmpty()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** True for the line of a {@code t.me/<channel>} contact card inviting to open the app ({@code If you have Telegram, …}). */
    boolean isContactPage(String line) {
        String lower = spaces(line).toLowerCase(Locale.ROOT);
        for (String p : contactPage) {
            if (lower.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    boolean isJoinLabel(String line) {
        return joinLabels.contains(spaces(line).toLowerCase(Locale.ROOT));
    }

    boolean isNoise(String line) {
        return noise.contains(spaces(line).toLowerCase(Locale.ROOT));
    }

    /** The media type a marker line stands for ({@code Photo} → {@code photo}), or null. */
    String mediaType(String line) {
        return media.get(spaces(line).toLowerCase(Locale.ROOT));
    }

    /** The channel username of a {@code @name} or {@code t.me/name} line, or null. */
    static String username(String line) {
        Matcher m = USERNAME.matcher(spaces(line));
        return m.matches() ? m.group("name") : null;
    }

    /** {@code 1.2K} → 1200, {@code 12,4 тыс.} → 12400, {@code 12 400} → 12400, {@code 3M} → 3000000. */
    static long count(String s) {
        Matcher m = NUMBER_PARTS.matcher(s.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a count: '" + s + "'");
        }
        String digits = m.group("int").replaceAll("[ \\u00A0\\u202F]", "");
        String frac = m.group("frac");
        String suffix = m.group("suffix") == null ? "" : m.group("suffix").toLowerCase(Locale.ROOT);
        long multiplier = switch (suffix) {
            case "k", "к", "тыс", "тис" -> 1_000L;
            case "m", "м", "млн" -> 1_000_000L;
            default -> 1L;
        };
        if (digits.length() > 15) {
            return Long.MAX_VALUE;
        }
        if (frac == null) {
            return Long.parseLong(digits) * multiplier;
        }
        if (multiplier == 1L) {
            // "12.400" or "12,400" without a suffix: a thousands separator
            return frac.length() == 3 ? Long.parseLong(digits + frac) : Long.parseLong(digits);
        }
        return new java.math.BigDecimal(digits + "." + frac).multiply(java.math.BigDecimal.valueOf(multiplier))
                .longValue();
    }

    /**
     * The line with every Unicode space variant (no-break U+00A0, narrow no-break U+202F, figure, thin and
     * other {@code Zs} spaces, tabs) as a plain space, runs collapsed, ends stripped: browsers copy these
     * from t.me pages, and cue lines must match through them. Body text keeps its own characters.
     */
    static String spaces(String line) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\t' || c > 0x7F && Character.getType(c) == Character.SPACE_SEPARATOR
                    || c == ' ' && i + 1 < n && line.charAt(i + 1) == ' ') {
                break;
            }
            i++;
        }
        if (i == n) {
            return line.strip();
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(line, 0, i);
        for (; i < n; i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c > 0x7F && Character.getType(c) == Character.SPACE_SEPARATOR;
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    private static String alternation(java.util.Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String w : sorted) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(w));
        }
        return sb.toString();
    }
}
