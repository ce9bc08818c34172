package org.echotrace.extract.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.echotrace.text.CueFile;

/**
 * The words that make or shape a date expression (relative days, weekdays, weekday modifiers, future-tense cues),
 * loaded once from {@code date-words.txt} and validated; month names come from {@code TextDates}.
 */
public final class DateWords {
    /** How a modifier before a weekday picks the day. */
    public enum Modifier { PAST, NEXT, THIS, ON }

    /** A multi-word relative phrase ({@code the day before yesterday}) split into lower-case words. */
    public record Phrase(List<String> words, int days) {
        public Phrase {
            words = List.copyOf(words);
        }
    }

    private static final DateWords STANDARD = load();

    private final Map<String, Integer> relative;
    private final Map<String, List<Phrase>> phrasesByFirst;
    private final Map<String, Integer> weekdays;
    private final Map<String, Modifier> modifiers;
    private final Set<String> future;
    private final Set<Long> triggerKeys;

    private DateWords(Map<String, Integer> relative, Map<String, List<Phrase>> phrasesByFirst,
            Map<String, Integer> weekdays, Map<String, Modifier> modifiers, Set<String> future) {
        this.relative = Map.copyOf(relative);
        this.phrasesByFirst = Map.copyOf(phrasesByFirst);
        this.weekdays = Map.copyOf(weekdays);
        this.modifiers = Map.copyOf(modifiers);
        this.future = Set.copyOf(future);
        Set<Long> keys = new HashSet<>();
        for (String w : relative.keySet()) {
            keys.add(key(w, 0, w.length()));
        }
        for (String w : phrasesByFirst.keySet()) {
            keys.add(key(w, 0, w.length()));
        }
        for (String w : weekdays.keySet()) {
            keys.add(key(w, 0, w.length()));
        }
        this.triggerKeys = Set.copyOf(keys);
    }

    /**
     * A cheap test, without allocating, that {@code s[start, end)} may be a relative word, a phrase's first word or a
     * weekday: it compares the length and the first two letters, case-folded.
     */
    public boolean mayTrigger(CharSequence s, int start, int end) {
        return end - start >= 2 && triggerKeys.contains(key(s, start, end));
    }

    private static long key(CharSequence s, int start, int end) {
        return ((long) (end - start) << 40) | ((long) Character.toLowerCase(s.charAt(start)) << 20)
                | Character.toLowerCase(s.charAt(start + 1));
    }

    /** The shipped word lists. */
    public static DateWords standard() {
        return STANDARD;
    }

    /** Days from the reference date a single word means ({@code вчера} → -1), or null. */
    public Integer relative(String lower) {
        return relative.get(lower);
    }

    /** Multi-word relative phrases starting with {@code lower}. */
    public List<Phrase> phrases(String lower) {
        return phrasesByFirst.getOrDefault(lower, List.of());
    }

    /** 1 (Monday) … 7 (Sunday), or 0 when {@code lower} is no weekday. */
    public int weekday(String lower) {
        return weekdays.getOrDefault(lower, 0);
    }

    /** The modifier a word is, or null. */
    public Modifier modifier(String lower) {
        return modifiers.get(lower);
    }

    /** True when the word puts its sentence in the future tense. */
    public boolean future(String lower) {
        return future.contains(lower);
    }

    private static DateWords load() {
        Map<String, Integer> relative = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        Map<String, Integer> weekdays = new HashMap<>();
        Map<String, Modifier> modifiers = new HashMap<>();
        Set<String> future = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (CueFile.Entry e : CueFile.load(DateWords.class, "date-words.txt")) {
            String[] key = e.key().split(" ");
            String kind = key[0];
            String arg = key.length > 1 ? key[1] : null;
            if (key.length > 2 || (arg == null) != kind.equals("future")) {
                throw e.error("expected 'relative N', 'weekday N', 'modifier K' or 'future' as the key");
            }
            for (String v : e.values()) {
                if (!v.equals(v.toLowerCase(Locale.ROOT))) {
                    throw e.error("'" + v + "' must be lower case");
                }
                if (!kind.equals("future") && !seen.add(v)) {
                    throw e.error("'" + v + "' is listed twice");
                }
                switch (kind) {
                    case "relative" -> {
                        int days = number(e, arg, -7, 7);
                        if (v.contains(" ")) {
                            List<String> words = List.of(v.split(" +"));
                            phrases.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, days));
                        } else {
                            relative.put(v, days);
                        }
                    }
                    case "weekday" -> weekdays.put(v, number(e, arg, 1, 7));
                    case "modifier" -> {
                        try {
                            modifiers.put(v, Modifier.valueOf(arg.toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException ex) {
                            throw e.error("modifier must be past, next, this or on");
                        }
                    }
                    case "future" -> future.add(v);
                    default -> throw e.error("unknown kind '" + kind + "'");
                }
            }
        }
        phrases.replaceAll((k, list) -> List.copyOf(list));
        return new DateWords(relative, phrases, weekdays, modifiers, future);
    }

    private static int number(CueFile.Entry e, String s, int min, int max) {
        try {
            int n = Integer.parseInt(s);
            if (n < min || n > max) {
                throw e.error("number must be " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException ex) {
            throw e.error("number expected");
        }
    }
}
