package org.echotrace.trace.translation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.text.CueFile;
import org.echotrace.text.Transliteration;


/**
 * Turns the capitalised names a text writes into script-independent keys: ICU4J's BGN/PCGN Russian–Latin
 * transliteration, a skeleton that forgets what transliteration systems disagree on ({@code y/i/j},
 * {@code kh/h}, {@code ts/tz}, doubled letters), then the first five letters, so that inflected Russian forms
 * ({@code Ивановым}) meet their English spelling ({@code Ivanov}). Sentence-initial words and a stop list of
 * capitalised common words (months, titles) are skipped.
 */
public final class NameKeys {
    static final int PREFIX = 5;
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]{3,}");
    /** ICU's rule engine costs microseconds a word and names recur: remember the answers (bounded). */
    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> STOP = loadStopWords("name-stopwords.txt");

    private NameKeys() {
    }

    /** The name keys of {@code text}, in order, without repeats. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetterOrDigit(text.codePointBefore(m.start()))) {
                continue;
            }
            if (sentenceStart(text, m.start())) {
                continue;
            }
            String key = key(m.group());
            if (key.length() >= 3 && !STOP.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /** The key of one word: its whole folded Latin skeleton, then the first {@value #PREFIX} letters. */
    static String key(String word) {
        String latin = fold(word);
        return latin.length() > PREFIX ? latin.substring(0, PREFIX) : latin;
    }

    /** The whole folded Latin skeleton of one word, in any script. */
    public static String fold(String word) {
        String latin = CACHE.get(word);
        if (latin == null) {
            // BGN writes ё as ë, which folds to e; English spellings write yo (Mirziyoyev, Korolyov)
            latin = Transliteration.skeleton(Transliteration.toLatin(word.replace("ё", "йо").replace("Ё", "Йо")))
                    .replace(" ", "");
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(word, latin);
        }
        return latin;
    }

    private static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '«' || c == '"' || c == '“' || c == '„' || c == '(' || c == '—'
                    || c == '-' || c == '–') {
                if (c == '\n') {
                    return true;
                }
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '…' || c == '•' || c == '❗' || c == '⚡'
                    || Character.getType(c) == Character.OTHER_SYMBOL || Character.isSurrogate(c);
        }
        return true;
    }

    private static Set<String> loadStopWords(String name) {
        Set<String> out = new HashSet<>();
        for (CueFile.Entry e : CueFile.load(NameKeys.class, name)) {
            String s = e.text();
            if (s.contains(" ") || s.contains("\t")) {
                throw e.error("one word a line");
            }
            String k = Transliteration.skeleton(Transliteration.toLatin(s)).replace(" ", "");
            out.add(k.length() > PREFIX ? k.substring(0, PREFIX) : k);
        }
        return Set.copyOf(out);
    }
}
