package org.echotrace.extract.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.text.CueFile;

/**
 * The key a name the knowledge base lacks is filed under: its words' alias keys with East Slavic case
 * endings cut ({@code lemma-endings.txt}), joined by {@code -}. Every case form of a Russian name meets
 * ({@code Ивана Петрова} and {@code Иван Петров} → {@code иван-петров}); English keys are the folded words
 * (the tokenizer has already cut a possessive {@code 's}).
 */
public final class NameLemmas {
    private static final NameLemmas STANDARD = load();
    private final Map<String, String> endings;
    private final int longest;

    private NameLemmas(Map<String, String> endings) {
        this.endings = endings;
        int m = 0;
        for (String e : endings.keySet()) {
            m = Math.max(m, e.length());
        }
        this.longest = m;
    }

    public static NameLemmas standard() {
        return STANDARD;
    }

    private static NameLemmas load() {
        Map<String, String> endings = new HashMap<>();
        for (CueFile.Entry e : CueFile.load(NameLemmas.class, "lemma-endings.txt")) {
            List<String> v = e.values();
            if (v.size() != 1) {
                throw e.error("one replacement expected");
            }
            endings.putIfAbsent(e.key(), v.get(0).equals("-") ? "" : v.get(0));
        }
        return new NameLemmas(endings);
    }

    /** One folded word with its case ending cut (Cyrillic words of four letters or more only). */
    public String word(String key) {
        int n = key.length();
        if (n < 4 || !cyrillic(key.charAt(n - 1))) {
            return key;
        }
        for (int len = Math.min(longest, n - 3); len >= 1; len--) {
            String r = endings.get(key.substring(n - len));
            if (r != null) {
                return key.substring(0, n - len) + r;
            }
        }
        return key;
    }

    /** The key of a name written as these folded words. */
    public String key(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append('-');
            }
            b.append(word(w));
        }
        return b.toString();
    }

    private static boolean cyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }
}
