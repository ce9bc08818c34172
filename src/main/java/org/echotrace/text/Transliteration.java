package org.echotrace.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Links Cyrillic spellings to Latin ones the knowledge base has: ICU4J's BGN/PCGN Russian–Latin
 * transliteration, then a skeleton that forgets the choices transliteration systems disagree on
 * ({@code y/i/j}, {@code kh/h}, doubled letters, apostrophes), so {@code Зеленский}, {@code Zelensky},
 * {@code Zelenskyy} and {@code Zelenskiy} meet.
 */
public final class Transliteration {
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));
    /** ICU's rule engine costs microseconds a word and names recur across a corpus: remember the answers. */
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Transliteration() {
    }

    /** ICU4J's BGN/PCGN Russian–Latin, then any other script to ASCII Latin, lower case; cached. */
    public static String toLatin(String cyrillic) {
        String latin = CACHE.get(cyrillic);
        if (latin == null) {
            latin = TO_LATIN.get().transliterate(cyrillic);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(cyrillic, latin);
        }
        return latin;
    }

    /**
     * {@code first + " " + second} in Latin, word by word, so a name's two words are each transliterated once
     * for the whole corpus instead of once per pairing: the transliteration rules look at most one character
     * either side, and to them a space and the edge of the text are alike (neither is a letter), so the joined
     * result is the same as {@link #toLatin(String)} of the joined words.
     */
    public static String toLatin(String first, String second) {
        return toLatin(first) + " " + toLatin(second);
    }

    /** A folded Latin key reduced to consonant-and-vowel shape. */
    public static String skeleton(String latin) {
        String s = latin.toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c == ' ') {
                b.append(c);
            }
        }
        String t = b.toString()
                .replace("shch", "s").replace("sch", "s").replace("kh", "h").replace("zh", "j").replace("ch", "c")
                .replace("sh", "s").replace("ts", "c").replace("tz", "c").replace("cz", "c").replace("ph", "f")
                .replace("yu", "u").replace("iu", "u").replace("ya", "a").replace("ia", "a").replace("yo", "o")
                .replace("ye", "e").replace("ie", "e").replace('y', 'i').replace('j', 'i').replace('w', 'v')
                .replace("ks", "x").replace("ck", "k").replace('q', 'k');
        StringBuilder out = new StringBuilder(t.length());
        char prev = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != prev) {
                out.append(c);
            }
            prev = c;
        }
        return out.toString().strip();
    }
}
