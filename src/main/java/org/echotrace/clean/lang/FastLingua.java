package org.echotrace.clean.lang;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua's low-accuracy language detection over every language it ships, re-implemented on compact primitive
 * tables built from Lingua's own models: the same text clean-up, the same rules (single-language scripts,
 * unique characters, script and shared-character filtering) and the same sum of trigram log-probabilities with
 * Lingua's backoff. Near-ties (where float rounding order could flip Lingua's answer) and texts with letters
 * outside the Basic Multilingual Plane are handed to Lingua itself, which stays the arbiter. One deliberate
 * deviation: Kazakh and Mongolian are no candidates for a text of 40+ letters without any of their unique letters
 * (Lingua calls such Ukrainian text Kazakh); see {@code requireUnique} in {@value LinguaRules#RESOURCE}. Thread-safe; the
 * models of one alphabet's languages are loaded together, on first need.
 */
public final class FastLingua {
    /** Relative gap between the two best scores under which Lingua itself decides. */
    static final double NEAR_TIE = 1e-4;

    private final LinguaRules rules = LinguaRules.get();
    /** Group (alphabet id) of each language, by ordinal. */
    private final int[] groupOf = new int[Language.values().length];
    /** Index of each language inside its group. */
    private final int[] indexInGroup = new int[Language.values().length];
    private final Language[][] groupLanguages;
    private final ScriptModel[] models;
    private final Function<String, Language> arbiter;
    private final AtomicLong deferred = new AtomicLong();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    private FastLingua(Function<String, Language> arbiter) {
        this.arbiter = arbiter;
        int alphabets = rules.alphabets.length;
        Map<Integer, java.util.List<Language>> groups = new java.util.TreeMap<>();
        Arrays.fill(groupOf, -1);
        for (Language l : rules.languages) {
            int g = alphabets;
            for (int a = 0; a < alphabets; a++) {
                if (rules.languageAlphabets.get(l).contains(rules.alphabets[a])) {
                    g = a;
                    break;
                }
            }
            java.util.List<Language> members = groups.computeIfAbsent(g, k -> new java.util.ArrayList<>());
            groupOf[l.ordinal()] = g;
            indexInGroup[l.ordinal()] = members.size();
            members.add(l);
        }
        groupLanguages = new Language[alphabets + 1][];
        groups.forEach((g, ls) -> groupLanguages[g] = ls.toArray(new Language[0]));
        models = new ScriptModel[alphabets + 1];
    }

    /** A detector deferring near-ties to Lingua's own low-accuracy detector over all languages. */
    public static FastLingua withLinguaArbiter() {
        LanguageDetector[] lingua = new LanguageDetector[1];
        return new FastLingua(text -> {
            LanguageDetector d;
            synchronized (lingua) {
                if (lingua[0] == null) {
                    lingua[0] = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
                }
                d = lingua[0];
            }
            return d.detectLanguageOf(text);
        });
    }

    /** How many texts so far were decided by Lingua itself. */
    public long deferredCount() {
        return deferred.get();
    }

    /** Total time spent loading models so far, in milliseconds. */
    public long loadMillis() {
        long n = 0;
        synchronized (models) {
            for (ScriptModel m : models) {
                n += m == null ? 0 : m.loadNanos;
            }
        }
        return n / 1_000_000;
    }

    /** Loads the models of every language now (for measuring). */
    public void preloadAll() {
        for (int g = 0; g < groupLanguages.length; g++) {
            if (groupLanguages[g] != null) {
                model(g);
            }
        }
    }

    private ScriptModel model(int group) {
        ScriptModel m = models[group];
        if (m == null) {
            synchronized (models) {
                m = models[group];
                if (m == null) {
                    m = ScriptModel.load(groupLanguages[group]);
                    models[group] = m;
                }
            }
        }
        return m;
    }

    /** Lingua's answer for {@code text} in low-accuracy mode; {@link Language#UNKNOWN} when undetermined. */
    public Language detect(String text) {
        return scores(text).best();
    }

    /**
     * The same decision as {@link #detect}, with the evidence behind it: whether a rule decided, and else the
     * log-probability sums of the best-scoring candidates (at most {@value Scores#TOP}), best first, with the
     * number of distinct trigrams scored. Callers derive a confidence from it and may weigh in a prior.
     */
    public Scores scores(String text) {
        Scratch s = scratch.get();
        if (!s.clean(text)) {
            return Scores.undetermined();
        }
        if (s.supplementaryLetter) {
            deferred.incrementAndGet();
            return Scores.byRule(arbiter.apply(text), s.letters, s.uniqueSeen());
        }
        s.splitWords();
        Language byRules = detectWithRules(s);
        if (byRules != Language.UNKNOWN) {
            return Scores.byRule(byRules, s.letters, s.uniqueSeen());
        }
        boolean[] candidates = filterByRules(s);
        int count = 0;
        Language only = null;
        for (Language l : rules.languages) {
            if (candidates[l.ordinal()]) {
                count++;
                only = l;
            }
        }
        if (count == 1) {
            return Scores.byRule(only, s.letters, s.uniqueSeen());
        }
        if (s.len < 3) {
            return Scores.undetermined();
        }
        Language best = score(s, candidates, text);
        double[] sums = s.sums;
        // the best TOP candidates by insertion into a small sorted array: no boxing, no full sort
        int[] order = new int[Scores.TOP];
        double[] topSums = new double[Scores.TOP];
        int k = 0;
        for (Language l : rules.languages) {
            int o = l.ordinal();
            double v = sums[o];
            if (!candidates[o] || v >= 0 || (k == Scores.TOP && v <= topSums[k - 1])) {
                continue;
            }
            int at = k < Scores.TOP ? k++ : Scores.TOP - 1;
            while (at > 0 && topSums[at - 1] < v) {
                order[at] = order[at - 1];
                topSums[at] = topSums[at - 1];
                at--;
            }
            order[at] = o;
            topSums[at] = v;
        }
        Language[] all = Language.values();
        Language[] top = new Language[k];
        for (int i = 0; i < k; i++) {
            top[i] = all[order[i]];
        }
        topSums = Arrays.copyOf(topSums, k);
        return Scores.scored(best, top, topSums, s.trigramCount, s.letters, s.uniqueSeen());
    }

    // ---- rules -------------------------------------------------------------------------------------------

    private Language detectWithRules(Scratch s) {
        int[] total = s.total;
        Arrays.fill(total, 0);
        int unknownOrdinal = Language.UNKNOWN.ordinal();
        int[] wc = s.wordCounts;
        int[] touched = s.touched;
        for (int w = 0; w < s.words; w++) {
            int nt = 0;
            for (int i = s.wordStart[w], end = s.wordEnd[w]; i < end; i++) {
                char c = s.buf[i];
                byte a = rules.alphabetOfChar[c];
                if (a == LinguaRules.NO_ALPHABET) {
                    continue;
                }
                Language sole = rules.soleLanguage[a];
                if (sole != null) {
                    nt = bump(wc, touched, nt, sole.ordinal());
                } else if (a == rules.han) {
                    nt = bump(wc, touched, nt, Language.CHINESE.ordinal());
                } else if (a == rules.latin || a == rules.cyrillic || a == rules.devanagari) {
                    Language[] owners = rules.uniqueOwners[c];
                    if (owners != null) {
                        for (Language o : owners) {
                            nt = bump(wc, touched, nt, o.ordinal());
                        }
                    }
                }
            }
            if (nt == 0) {
                total[unknownOrdinal]++;
            } else if (nt == 1) {
                total[touched[0]]++;
            } else {
                // first strictly greater than second, in insertion order for ties (stable sort)
                int best = -1;
                int bestCount = -1;
                int second = -1;
                for (int k = 0; k < nt; k++) {
                    int n = wc[touched[k]];
                    if (n > bestCount) {
                        second = bestCount;
                        bestCount = n;
                        best = touched[k];
                    } else if (n > second) {
                        second = n;
                    }
                }
                total[bestCount > second ? best : unknownOrdinal]++;
            }
            for (int k = 0; k < nt; k++) {
                wc[touched[k]] = 0;
            }
        }
        if (total[unknownOrdinal] < 0.5 * s.words) {
            total[unknownOrdinal] = 0;
        }
        int distinct = 0;
        int best = -1;
        int bestCount = 0;
        int secondCount = 0;
        for (int o = 0; o < total.length; o++) {
            int n = total[o];
            if (n == 0) {
                continue;
            }
            distinct++;
            if (n > bestCount) {
                secondCount = bestCount;
                bestCount = n;
                best = o;
            } else if (n > secondCount) {
                secondCount = n;
            }
        }
        Language[] all = Language.values();
        if (distinct == 0) {
            return Language.UNKNOWN;
        }
        if (distinct == 1) {
            return all[best];
        }
        if (distinct == 2 && total[Language.CHINESE.ordinal()] > 0 && total[Language.JAPANESE.ordinal()] > 0) {
            return Language.JAPANESE;
        }
        return bestCount == secondCount ? Language.UNKNOWN : all[best];
    }

    private static int bump(int[] counts, int[] touched, int nt, int ordinal) {
        if (counts[ordinal]++ == 0) {
            touched[nt++] = ordinal;
        }
        return nt;
    }

    private boolean[] filterByRules(Scratch s) {
        boolean[] cand = s.candidates;
        int[] alphaCount = s.alphabetCounts;
        Arrays.fill(alphaCount, 0);
        int[] order = s.alphabetOrder;
        int seen = 0;
        for (int w = 0; w < s.words; w++) {
            int a = s.wordAlphabet(w, rules);
            if (a >= 0) {
                if (alphaCount[a]++ == 0) {
                    order[seen++] = a;
                }
            }
        }
        if (seen == 0 || allEqual(alphaCount, order, seen)) {
            for (Language l : rules.languages) {
                cand[l.ordinal()] = true;
            }
            return cand;
        }
        int top = order[0];
        for (int k = 1; k < seen; k++) {
            if (alphaCount[order[k]] > alphaCount[top]) {
                top = order[k];
            }
        }
        Arrays.fill(cand, false);
        Character.UnicodeScript script = rules.alphabets[top];
        for (Language l : rules.languages) {
            if (rules.languageAlphabets.get(l).contains(script)) {
                cand[l.ordinal()] = true;
            }
        }
        if (s.letters >= rules.requireUniqueLetters) {
            for (Language l : rules.requireUnique) {
                if (!s.seenUnique[l.ordinal()]) {
                    cand[l.ordinal()] = false;
                }
            }
        }
        if (!s.anySharedChar) {
            return cand;
        }
        int[] counts = s.total;
        Arrays.fill(counts, 0);
        char[] distinct = s.distinctShared;
        for (int w = 0; w < s.words; w++) {
            int nd = 0;
            for (int i = s.wordStart[w], end = s.wordEnd[w]; i < end; i++) {
                char c = s.buf[i];
                if (rules.sharedOwners[c] == null) {
                    continue;
                }
                boolean dup = false;
                for (int k = 0; k < nd; k++) {
                    if (distinct[k] == c) {
                        dup = true;
                        break;
                    }
                }
                if (dup) {
                    continue;
                }
                if (nd < distinct.length) {
                    distinct[nd++] = c;
                }
                for (Language l : rules.sharedOwners[c]) {
                    if (cand[l.ordinal()]) {
                        counts[l.ordinal()]++;
                    }
                }
            }
        }
        double half = s.words / 2.0;
        boolean any = false;
        for (Language l : rules.languages) {
            if (counts[l.ordinal()] > 0 && counts[l.ordinal()] >= half) {
                any = true;
                break;
            }
        }
        if (any) {
            for (Language l : rules.languages) {
                int o = l.ordinal();
                cand[o] = counts[o] > 0 && counts[o] >= half;
            }
        }
        return cand;
    }

    private static boolean allEqual(int[] counts, int[] order, int seen) {
        if (seen < 2) {
            return false;
        }
        for (int k = 1; k < seen; k++) {
            if (counts[order[k]] != counts[order[0]]) {
                return false;
            }
        }
        return true;
    }

    // ---- n-gram scoring ----------------------------------------------------------------------------------

    private Language score(Scratch s, boolean[] candidates, String original) {
        double[] sums = s.sums;
        Arrays.fill(sums, 0);
        s.collectTrigrams();
        for (int g = 0; g < groupLanguages.length; g++) {
            Language[] members = groupLanguages[g];
            if (members == null) {
                continue;
            }
            boolean needed = false;
            for (Language l : members) {
                if (candidates[l.ordinal()]) {
                    needed = true;
                    break;
                }
            }
            if (needed) {
                scoreGroup(s, model(g), sums);
            }
        }
        int best = -1;
        int second = -1;
        for (Language l : rules.languages) {
            int o = l.ordinal();
            if (!candidates[o] || sums[o] >= 0) {
                continue;
            }
            if (best < 0 || sums[o] > sums[best]) {
                second = best;
                best = o;
            } else if (second < 0 || sums[o] > sums[second]) {
                second = o;
            }
        }
        if (best < 0) {
            return Language.UNKNOWN;
        }
        if (second >= 0 && (sums[best] - sums[second]) < NEAR_TIE * -sums[best]) {
            deferred.incrementAndGet();
            return arbiter.apply(original);
        }
        return Language.values()[best];
    }

    private void scoreGroup(Scratch s, ScriptModel m, double[] sums) {
        int w = m.languages.length;
        double[] local = s.local;
        Arrays.fill(local, 0, w, 0);
        long[] grams = s.trigrams;
        for (int k = 0; k < s.trigramCount; k++) {
            long key = grams[k];
            NgramTable t = m.trigrams;
            int r = t.row(key);
            if (r < 0) {
                t = m.bigrams;
                r = t.row(key >>> 16);
                if (r < 0) {
                    t = m.unigrams;
                    r = t.row(key >>> 32);
                    if (r < 0) {
                        continue;
                    }
                }
            }
            float[] rows = t.rows;
            int base = r * w;
            for (int l = 0; l < w; l++) {
                local[l] += rows[base + l];
            }
        }
        for (int l = 0; l < w; l++) {
            sums[m.languages[l].ordinal()] = local[l];
        }
    }

    /** Clean-up class of every BMP char: keep, drop (punctuation, digits), ASCII whitespace, letter. */
    private static final byte KEEP = 0;
    private static final byte DROP = 1;
    private static final byte SPACE = 2;
    private static final byte LETTER = 3;
    private static final byte[] CHAR_CLASS = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            byte k = KEEP;
            if (isDropType(Character.getType(c))) {
                k = DROP;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                k = SPACE;
            } else if (Character.isLetter(c)) {
                k = LETTER;
            }
            CHAR_CLASS[c] = k;
        }
    }

    /** Lingua removes {@code \\p{P}} (punctuation) and {@code \\p{N}} (numbers). */
    private static boolean isDropType(int type) {
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Per-thread buffers, so that detection allocates nothing in the steady state. */
    private static final class Scratch {
        char[] buf = new char[1024];
        int len;
        boolean supplementaryLetter;
        boolean anySharedChar;
        int letters;
        final boolean[] seenUnique = new boolean[Language.values().length];
        int words;
        int[] wordStart = new int[256];
        int[] wordEnd = new int[256];
        final int[] total = new int[Language.values().length];
        final int[] wordCounts = new int[Language.values().length];
        final int[] touched = new int[Language.values().length];
        final boolean[] candidates = new boolean[Language.values().length];
        final double[] sums = new double[Language.values().length];
        final double[] local = new double[Language.values().length];
        final int[] alphabetCounts = new int[64];
        final int[] alphabetOrder = new int[64];
        final char[] distinctShared = new char[64];
        long[] trigrams = new long[1024];
        int trigramCount;
        long[] set = new long[2048];

        /**
         * Lingua's clean-up: trim, lower-case (root locale), drop punctuation and digits, fold ASCII whitespace
         * runs to one space. Returns false when nothing with a letter is left.
         */
        boolean clean(String text) {
            int from = 0;
            int to = text.length();
            while (from < to && isKotlinWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && isKotlinWhitespace(text.charAt(to - 1))) {
                to--;
            }
            String lower = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
            if (buf.length < lower.length()) {
                buf = new char[lower.length() * 2];
            }
            int n = 0;
            boolean letter = false;
            boolean inSpace = false;
            supplementaryLetter = false;
            anySharedChar = false;
            letters = 0;
            Arrays.fill(seenUnique, false);
            LinguaRules rules = LinguaRules.get();
            for (int i = 0; i < lower.length(); ) {
                char ch = lower.charAt(i);
                if (!Character.isSurrogate(ch)) {
                    i++;
                    byte k = CHAR_CLASS[ch];
                    if (k == DROP) {
                        continue;
                    }
                    if (k == SPACE) {
                        if (!inSpace) {
                            buf[n++] = ' ';
                            inSpace = true;
                        }
                        continue;
                    }
                    inSpace = false;
                    if (k == LETTER) {
                        letter = true;
                        letters++;
                        Language[] owners = rules.uniqueOwners[ch];
                        if (owners != null) {
                            for (Language o : owners) {
                                seenUnique[o.ordinal()] = true;
                            }
                        }
                    }
                    buf[n++] = ch;
                    if (rules.sharedOwners[ch] != null) {
                        anySharedChar = true;
                    }
                    continue;
                }
                int cp = lower.codePointAt(i);
                int cc = Character.charCount(cp);
                i += cc;
                int type = Character.getType(cp);
                if (isDropType(type)) {
                    continue;
                }
                inSpace = false;
                if (Character.isLetter(cp)) {
                    letter = true;
                    if (cc == 2) {
                        supplementaryLetter = true;
                    }
                }
                for (int k = 0; k < cc; k++) {
                    buf[n++] = lower.charAt(i - cc + k);
                }
            }
            len = n;
            return n > 0 && letter;
        }

        /** Languages whose unique letters the cleaned text holds. */
        java.util.Set<Language> uniqueSeen() {
            java.util.EnumSet<Language> out = java.util.EnumSet.noneOf(Language.class);
            Language[] all = Language.values();
            for (int o = 0; o < seenUnique.length; o++) {
                if (seenUnique[o]) {
                    out.add(all[o]);
                }
            }
            return out;
        }

        private static boolean isKotlinWhitespace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        /** Lingua's word split: at spaces, and every logogram (Han, Hiragana, Katakana, Hangul) is a word. */
        void splitWords() {
            words = 0;
            int start = 0;
            for (int i = 0; i < len; i++) {
                char c = buf[i];
                if (c == ' ') {
                    if (start != i) {
                        addWord(start, i);
                    }
                    start = i + 1;
                } else if (isLogogram(c)) {
                    if (start != i) {
                        addWord(start, i);
                    }
                    addWord(i, i + 1);
                    start = i + 1;
                }
            }
            if (start != len) {
                addWord(start, len);
            }
        }

        private static boolean isLogogram(char c) {
            if (c < 0x1100) {
                return false;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
        }

        private void addWord(int s, int e) {
            if (words == wordStart.length) {
                wordStart = Arrays.copyOf(wordStart, words * 2);
                wordEnd = Arrays.copyOf(wordEnd, words * 2);
            }
            wordStart[words] = s;
            wordEnd[words] = e;
            words++;
        }

        /** Alphabet id shared by every code point of word {@code w}, or -1. */
        int wordAlphabet(int w, LinguaRules rules) {
            int a = -2;
            for (int i = wordStart[w], end = wordEnd[w]; i < end; ) {
                int cp = Character.codePointAt(buf, i, end);
                i += Character.charCount(cp);
                int b = rules.alphabetOf(cp);
                if (b < 0 || (a != -2 && b != a)) {
                    return -1;
                }
                a = b;
            }
            return a < 0 ? -1 : a;
        }

        /** Distinct three-letter windows of the cleaned text, packed, in {@link #trigrams}. */
        void collectTrigrams() {
            int cap = Integer.highestOneBit(Math.max(16, len) * 2) << 1;
            if (set.length < cap) {
                set = new long[cap];
            } else {
                cap = set.length;
                Arrays.fill(set, 0);
            }
            if (trigrams.length < len) {
                trigrams = new long[len];
            }
            int mask = cap - 1;
            trigramCount = 0;
            int run = 0;
            for (int i = 0; i < len; i++) {
                run = CHAR_CLASS[buf[i]] == LETTER ? run + 1 : 0; // Character.isLetter, by table
                if (run >= 3) {
                    long key = ((long) buf[i - 2] << 32) | ((long) buf[i - 1] << 16) | buf[i];
                    long h = key * 0x9E3779B97F4A7C15L;
                    int j = (int) (h ^ (h >>> 29)) & mask;
                    long k;
                    boolean dup = false;
                    while ((k = set[j]) != 0) {
                        if (k == key) {
                            dup = true;
                            break;
                        }
                        j = (j + 1) & mask;
                    }
                    if (!dup) {
                        set[j] = key;
                        trigrams[trigramCount++] = key;
                    }
                }
            }
        }
    }
}
