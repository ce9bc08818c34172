package org.echotrace.text;

import java.util.Arrays;

/**
 * Converts between char (UTF-16) offsets and code-point offsets of one string, in logarithmic time per
 * offset after one linear pass. Output offsets count code points; Java strings index chars; converting each
 * of a long post's mentions with {@code codePointCount(0, i)} or {@code offsetByCodePoints(0, i)} costs the
 * length of the text every time, which is quadratic on a multi-million-character post with emoji in it.
 */
public final class CodePointOffsets {
    /** Char index of the high surrogate of every surrogate pair, ascending. */
    private final int[] pairs;
    private final int chars;

    private CodePointOffsets(int[] pairs, int chars) {
        this.pairs = pairs;
        this.chars = chars;
    }

    /** The offsets of {@code s}. */
    public static CodePointOffsets of(String s) {
        int n = s.length();
        int[] pairs = new int[0];
        int count = 0;
        for (int i = 0; i < n - 1; i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (count == pairs.length) {
                    pairs = Arrays.copyOf(pairs, Math.max(16, count * 2));
                }
                pairs[count++] = i;
                i++;
            }
        }
        return new CodePointOffsets(Arrays.copyOf(pairs, count), n);
    }

    /** True when every char is a code point of its own (no surrogate pairs): both offsets are the same. */
    public boolean identity() {
        return pairs.length == 0;
    }

    /** The number of code points in the string. */
    public int codePoints() {
        return chars - pairs.length;
    }

    /** The code-point offset of char offset {@code charIndex} (a char inside a pair counts as its pair's start + 1). */
    public int toCodePoint(int charIndex) {
        if (charIndex < 0 || charIndex > chars) {
            throw new IllegalArgumentException("charIndex must be in [0, " + chars + "], was " + charIndex);
        }
        // pairs that start strictly before charIndex - 1 are complete before it; one starting at charIndex - 1
        // is cut in the middle and counts as one code point
        int before = lowerBound(pairs, charIndex - 1);
        return charIndex - before;
    }

    /** The char offset of code-point offset {@code cp}. */
    public int toChar(int cp) {
        if (cp < 0 || cp > codePoints()) {
            throw new IllegalArgumentException("code point offset must be in [0, " + codePoints() + "], was " + cp);
        }
        // pair k starts at code point pairs[k] - k, ascending: count the pairs starting before cp
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] - mid < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return cp + lo;
    }

    /** The number of elements of sorted {@code a} below {@code key}. */
    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
