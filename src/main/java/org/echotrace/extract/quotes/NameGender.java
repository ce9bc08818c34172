package org.echotrace.extract.quotes;

import java.util.Locale;

/**
 * Guesses a person's gender from how the name is written, so that {@code she said} / {@code заявила} resolve to a
 * woman named before and {@code he said} / {@code заявил} to a man.
 *
 * <p>Slavic surnames show it ({@code Захарова}, {@code Zakharova}, {@code -ская}, {@code -aya}); so do most
 * first names ending in {@code -a}/{@code -я}; a short list ({@code female-names.txt}) settles the exceptions
 * ({@code Ursula}, {@code Никита}). Unknown stays {@link Gender#UNKNOWN}, which is compatible with any cue.
 */
public final class NameGender {
    private final SpeechCues cues;

    public NameGender(SpeechCues cues) {
        this.cues = cues;
    }

    /** The gender a full or partial name shows. */
    public Gender guess(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s.]+");
        Gender g = Gender.UNKNOWN;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() < 2) {
                continue;
            }
            Gender listed = cues.firstName(w);
            if (listed != null) {
                return listed;
            }
            Gender s = surname(w);
            if (s != Gender.UNKNOWN) {
                return s;
            }
            if (i == 0 && words.length > 1 && (w.endsWith("a") || w.endsWith("а") || w.endsWith("я"))) {
                g = Gender.FEMALE;
            } else if (i == 0 && words.length > 1 && consonant(w.charAt(w.length() - 1))) {
                // Viktor, Emmanuel, Олаф: a first name ending in a consonant is a man's, the listed exceptions aside
                g = Gender.MALE;
            }
        }
        return g;
    }

    private static boolean consonant(char c) {
        return Character.isLetter(c) && "aeiouyаеёиоуыэюяьй".indexOf(c) < 0;
    }

    private static Gender surname(String w) {
        if (w.length() < 5) {
            return Gender.UNKNOWN;
        }
        if (w.endsWith("ова") || w.endsWith("ева") || w.endsWith("ёва") || w.endsWith("ина") || w.endsWith("ская")
                || w.endsWith("цкая") || w.endsWith("ova") || w.endsWith("eva") || w.endsWith("ina") || w.endsWith("skaya")) {
            return Gender.FEMALE;
        }
        if (w.endsWith("ов") || w.endsWith("ев") || w.endsWith("ёв") || w.endsWith("ин") || w.endsWith("ский")
                || w.endsWith("цкий") || w.endsWith("ov") || w.endsWith("ev") || w.endsWith("in") || w.endsWith("sky")
                || w.endsWith("skiy") || w.endsWith("enko") || w.endsWith("енко")) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }
}
