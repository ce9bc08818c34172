package org.echotrace.extract.ner;

import java.util.List;

import org.echotrace.extract.entities.Token;

/**
 * The hashed features of one field's words, for {@link NameTagger} and for the trainer. Each word's own
 * traits (folded form, shape, prefixes, suffixes, the punctuation beside it, how it is capitalised) are
 * hashed once; a position's features combine them with its neighbours' and with the tags already given to
 * the two words before it. Hashing into a fixed table keeps the model a flat array: no feature dictionary,
 * no strings built while tagging.
 */
public final class NameFeatures {
    /** Features produced for one position, at most. */
    public static final int MAX = 48;

    private static final int BOUNDARY = 0x5bd1e995;
    private final int n;
    private final int[] word;
    private final int[] shape;
    private final int[] pre2;
    private final int[] pre3;
    private final int[] pre4;
    private final int[] suf1;
    private final int[] suf2;
    private final int[] suf3;
    private final int[] suf4;
    private final int[] flags;
    private final int[] before;
    private final int[] after;
    private final int[] elsewhere;

    private NameFeatures(int n) {
        this.n = n;
        word = new int[n];
        shape = new int[n];
        pre2 = new int[n];
        pre3 = new int[n];
        pre4 = new int[n];
        suf1 = new int[n];
        suf2 = new int[n];
        suf3 = new int[n];
        suf4 = new int[n];
        flags = new int[n];
        before = new int[n];
        after = new int[n];
        elsewhere = new int[n];
    }

    /** The words of {@code text} as the entity tokenizer split them. */
    public static NameFeatures of(String text, List<Token> tokens) {
        int n = tokens.size();
        NameFeatures f = new NameFeatures(n);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String k = t.key();
            int len = k.length();
            f.word[i] = hash(k, 0, len);
            f.pre2[i] = hash(k, 0, Math.min(2, len));
            f.pre3[i] = hash(k, 0, Math.min(3, len));
            f.pre4[i] = hash(k, 0, Math.min(4, len));
            f.suf1[i] = hash(k, Math.max(0, len - 1), len);
            f.suf2[i] = hash(k, Math.max(0, len - 2), len);
            f.suf3[i] = hash(k, Math.max(0, len - 3), len);
            f.suf4[i] = hash(k, Math.max(0, len - 4), len);
            f.shape[i] = shape(t.text());
            int prevEnd = i == 0 ? 0 : tokens.get(i - 1).charEnd();
            int nextStart = i + 1 < n ? tokens.get(i + 1).charStart() : text.length();
            f.before[i] = gapBefore(text, prevEnd, t.charStart());
            f.after[i] = gapAfter(text, t.charEnd(), nextStart);
            int len3 = Math.min(len, 12) / 3;
            f.flags[i] = (t.capitalized() ? 1 : 0) | (t.sentenceStart() ? 2 : 0) | (t.hashtag() ? 4 : 0)
                    | (len3 << 3);
        }
        f.fillElsewhere(tokens);
        return f;
    }

    /**
     * How each word is written elsewhere in the field: in lower case (1), capitalised inside a sentence (2).
     * A sentence-initial {@code Мир} that is written {@code мир} further on is a common word; one written
     * {@code Мир} mid-sentence too is a name. An open-addressing table over the word hashes, no objects.
     */
    private void fillElsewhere(List<Token> tokens) {
        int cap = Integer.highestOneBit(Math.max(4, n * 2)) << 1;
        int[] keys = new int[cap];
        int[] lowers = new int[cap];
        int[] caps = new int[cap];
        boolean[] full = new boolean[cap];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int slot = slot(keys, full, word[i]);
            keys[slot] = word[i];
            full[slot] = true;
            if (!t.capitalized()) {
                lowers[slot]++;
            } else if (!t.sentenceStart()) {
                caps[slot]++;
            }
        }
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int slot = slot(keys, full, word[i]);
            int lower = lowers[slot] - (t.capitalized() ? 0 : 1);
            int upper = caps[slot] - (t.capitalized() && !t.sentenceStart() ? 1 : 0);
            elsewhere[i] = (lower > 0 ? 1 : 0) | (upper > 0 ? 2 : 0);
        }
    }

    private static int slot(int[] keys, boolean[] full, int h) {
        int mask = keys.length - 1;
        int s = (h ^ (h >>> 16)) & mask;
        while (full[s] && keys[s] != h) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** Number of words. */
    public int size() {
        return n;
    }

    /**
     * Writes the features of position {@code i} into {@code out} and returns how many; {@code prev1} and
     * {@code prev2} are the labels of the two words before it ({@code -1} before the first word).
     */
    public int at(int i, int prev1, int prev2, int[] out) {
        int k = fixedAt(i, out);
        return k + followingAt(i, prev1, prev2, out, k);
    }

    /**
     * The features of position {@code i} that do not depend on the labels already given, written from
     * {@code out[0]}; returns how many. With {@link #followingAt} they are the features of {@link #at}, so the
     * tagger can score these for every word before it decodes.
     */
    public int fixedAt(int i, int[] out) {
        int k = 0;
        int wm1 = i > 0 ? word[i - 1] : BOUNDARY;
        int wm2 = i > 1 ? word[i - 2] : BOUNDARY;
        int wp1 = i + 1 < n ? word[i + 1] : BOUNDARY;
        int wp2 = i + 2 < n ? word[i + 2] : BOUNDARY;
        int sm1 = i > 0 ? shape[i - 1] : BOUNDARY;
        int sp1 = i + 1 < n ? shape[i + 1] : BOUNDARY;
        int s = shape[i];
        int fl = flags[i];
        out[k++] = 1;
        out[k++] = mix(2, word[i]);
        out[k++] = mix(3, s);
        out[k++] = mix(4, pre2[i]);
        out[k++] = mix(5, pre3[i]);
        out[k++] = mix(6, pre4[i]);
        out[k++] = mix(7, suf1[i]);
        out[k++] = mix(8, suf2[i]);
        out[k++] = mix(9, suf3[i]);
        out[k++] = mix(10, suf4[i]);
        out[k++] = mix(11, fl);
        out[k++] = mix(12, before[i]);
        out[k++] = mix(13, after[i]);
        out[k++] = mix(14, wm1);
        out[k++] = mix(15, wp1);
        out[k++] = mix(16, wm2);
        out[k++] = mix(17, wp2);
        out[k++] = mix(18, sm1);
        out[k++] = mix(19, sp1);
        out[k++] = mix(20, i > 0 ? suf3[i - 1] : BOUNDARY);
        out[k++] = mix(21, i + 1 < n ? suf3[i + 1] : BOUNDARY);
        out[k++] = mix(22, sm1 * 31 + s);
        out[k++] = mix(23, s * 31 + sp1);
        out[k++] = mix(24, wm1 * 31 + word[i]);
        out[k++] = mix(25, word[i] * 31 + wp1);
        out[k++] = mix(26, before[i] * 31 + s);
        out[k++] = mix(27, word[i] * 31 + (fl & 3));
        out[k++] = mix(28, suf3[i] * 31 + (fl & 3));
        out[k++] = mix(29, i > 0 ? flags[i - 1] * 64 + fl : fl);
        out[k++] = mix(30, i + 1 < n ? after[i] * 31 + shape[i + 1] : BOUNDARY);
        out[k++] = mix(31, i > 0 ? pre3[i - 1] : BOUNDARY);
        out[k++] = mix(32, elsewhere[i] * 8 + (fl & 3));
        return k;
    }

    /**
     * The features of position {@code i} that combine it with the labels of the two words before it, written
     * from {@code out[from]}; returns how many.
     */
    public int followingAt(int i, int prev1, int prev2, int[] out, int from) {
        int k = from;
        int wp1 = i + 1 < n ? word[i + 1] : BOUNDARY;
        int s = shape[i];
        out[k++] = mix(40, prev1);
        out[k++] = mix(41, prev1 * 31 + prev2);
        out[k++] = mix(42, prev1 * 31 + word[i]);
        out[k++] = mix(43, prev1 * 31 + s);
        out[k++] = mix(44, prev1 * 31 + suf3[i]);
        out[k++] = mix(45, prev1 * 31 + wp1);
        return k - from;
    }

    /** Word shape: character classes with runs collapsed, {@code Xx}, {@code X}, {@code d}, {@code Xx-Xx}. */
    static int shape(String text) {
        int h = 0x811c9dc5;
        char last = 0;
        int runs = 0;
        for (int i = 0; i < text.length() && runs < 6; i++) {
            char c = text.charAt(i);
            char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'l' : c;
            if (cls != last) {
                h = (h ^ cls) * 0x01000193;
                last = cls;
                runs++;
            }
        }
        if (Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
            h = (h ^ 'C') * 0x01000193;
        }
        return h;
    }

    /** The punctuation nearest the word in the gap before it, or a line-break or start marker. */
    private static int gapBefore(String text, int from, int to) {
        if (to <= 0 || from == 0 && to == 0) {
            return '^';
        }
        for (int j = to - 1; j >= from; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return '\n';
            }
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return ' ';
    }

    private static int gapAfter(String text, int from, int to) {
        if (from >= text.length()) {
            return '$';
        }
        for (int j = from; j < to && j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return '\n';
            }
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return ' ';
    }

    static int hash(String s, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    /** A template number and a value, mixed into one well-spread int (MurmurHash3's finaliser). */
    static int mix(int template, int value) {
        int h = value * 0x9e3779b9 + template * 0x85ebca6b;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
