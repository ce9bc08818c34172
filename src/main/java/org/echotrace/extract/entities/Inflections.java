package org.echotrace.extract.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.text.CueFile;

/**
 * Undoes case endings of East Slavic names by rule: {@code пескову → песков}, {@code зеленского → зеленскии},
 * {@code москвы → москва}. Rules live in {@code inflections.txt}; candidates are only guesses, kept when a
 * knowledge-base name has that word (the caller checks), so one rule list serves surnames, first names,
 * places and organisations.
 */
final class Inflections {
    private final Map<String, List<String>> rules;
    private final int maxEnding;

    private Inflections(Map<String, List<String>> rules) {
        this.rules = rules;
        int m = 0;
        for (String e : rules.keySet()) {
            m = Math.max(m, e.length());
        }
        this.maxEnding = m;
    }

    static Inflections standard() {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (CueFile.Entry e : CueFile.load(Inflections.class, "inflections.txt")) {
            List<String> repl = rules.computeIfAbsent(e.key(), k -> new ArrayList<>());
            for (String v : e.values()) {
                String r = v.equals("-") ? "" : v;
                if (!repl.contains(r)) {
                    repl.add(r);
                }
            }
        }
        return new Inflections(rules);
    }

    /** Possible nominative forms of a folded word, the word itself first. */
    List<String> candidates(String key) {
        List<String> out = new ArrayList<>(4);
        out.add(key);
        if (key.length() < 3 || !isCyrillic(key.charAt(key.length() - 1))) {
            return out;
        }
        for (int len = 1; len <= maxEnding && len < key.length() - 1; len++) {
            List<String> repl = rules.get(key.substring(key.length() - len));
            if (repl == null) {
                continue;
            }
            String stem = key.substring(0, key.length() - len);
            for (String r : repl) {
                String c = stem + r;
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }
}
