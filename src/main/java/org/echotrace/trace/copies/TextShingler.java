package org.echotrace.trace.copies;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns a post's text into word shingles hashed to 32 bits, in text order. The text is normalised so that
 * copies survive cosmetic changes: NFKC, lower case, {@code ё} read as {@code е}; URLs, hashtags, @mentions,
 * emoji and punctuation are dropped; words are runs of letters and digits (numbers are kept, so bulletins that
 * differ only in their figures stay apart when the figures are a large part of them).
 *
 * <p>32-bit shingle hashes keep a million posts' shingle sets in a few hundred megabytes; two different
 * shingles collide with probability 2<sup>-32</sup>, far below the precision that matters for a pair.
 */
public final class TextShingler {
    private final int k;
    private final int maxTokens;

    public TextShingler(int shingleWords, int maxTokens) {
        if (shingleWords < 1 || shingleWords > 8) {
            throw new IllegalArgumentException("shingleWords must be 1..8, was " + shingleWords);
        }
        this.k = shingleWords;
        this.maxTokens = maxTokens;
    }

    /**
     * The words of a text as the shingler reads them: their hashes in order, and the sorted distinct 32-bit hashes
     * of the words that contain a digit (the figures a copy must agree on; digits in links are not words), and the
     * text's lines as triples {@code (key, first word, end word)}, where the key hashes the line's words other than
     * numbers (so "the dollar is at 97 roubles" and "the dollar is at 105 roubles" are one line of a template).
     */
    public record Tokens(long[] words, int[] numbers, int[] lines) {
        /** The number of lines. */
        public int lineCount() {
            return lines.length / 3;
        }
    }

    /** The word hashes of the normalised text, in order (at most {@code maxTokens}). */
    public long[] words(String text) {
        return tokens(text).words();
    }

    /** The words and numbers of the normalised text (at most {@code maxTokens} words). */
    public Tokens tokens(String text) {
        if (text == null || text.isEmpty()) {
            return new Tokens(new long[0], new int[0], new int[0]);
        }
        int[] numbers = new int[8];
        int nNumbers = 0;
        int[] lines = new int[12];
        int nLines = 0;
        int lineStart = 0;
        long lineKey = Hashes.FNV_OFFSET;
        String s = needsNfkc(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
        long[] out = new long[Math.min(maxTokens, 16 + s.length() / 4)];
        int n = 0;
        int len = s.length();
        int i = 0;
        while (i < len && n < maxTokens) {
            int cp = s.codePointAt(i);
            if (cp == '\n' && n > lineStart) {
                if (nLines + 3 > lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[nLines++] = (int) (Hashes.mix(lineKey) >>> 32);
                lines[nLines++] = lineStart;
                lines[nLines++] = n;
                lineStart = n;
                lineKey = Hashes.FNV_OFFSET;
            }
            if (!Character.isLetterOrDigit(cp)) {
                if ((cp == '#' || cp == '@') && i + 1 < len && wordChar(s.codePointAt(i + 1))
                        && (i == 0 || !Character.isLetterOrDigit(s.codePointBefore(i)))) {
                    i = skipWord(s, i + 1);
                } else {
                    i += Character.charCount(cp);
                }
                continue;
            }
            if (startsUrl(s, i)) {
                while (i < len && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                continue;
            }
            long h = Hashes.FNV_OFFSET;
            boolean digit = false;
            while (i < len) {
                cp = s.codePointAt(i);
                if (!Character.isLetterOrDigit(cp)) {
                    break;
                }
                digit |= cp >= '0' && cp <= '9';
                int c = Character.toLowerCase(cp);
                if (c == 'ё') {
                    c = 'е';
                }
                h = (h ^ c) * Hashes.FNV_PRIME;
                i += Character.charCount(cp);
            }
            if (i < len && (s.charAt(i) == '.' || s.charAt(i) == '/') && i + 1 < len
                    && Character.isLetterOrDigit(s.charAt(i + 1)) && looksLikeDomain(s, i)) {
                // a bare domain such as "ria.ru/..." is a link, not words
                while (i < len && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.min(maxTokens, out.length * 2));
            }
            out[n++] = h;
            if (digit) {
                if (nNumbers == numbers.length) {
                    numbers = Arrays.copyOf(numbers, nNumbers * 2);
                }
                numbers[nNumbers++] = (int) (Hashes.mix(h) >>> 32);
            } else {
                lineKey = (lineKey ^ h) * Hashes.FNV_PRIME;
            }
        }
        if (n > lineStart) {
            if (nLines + 3 > lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[nLines++] = (int) (Hashes.mix(lineKey) >>> 32);
            lines[nLines++] = lineStart;
            lines[nLines++] = n;
        }
        int[] nums = Arrays.copyOf(numbers, nNumbers);
        Arrays.sort(nums);
        return new Tokens(n == out.length ? out : Arrays.copyOf(out, n), Winnower.distinct(nums),
                Arrays.copyOf(lines, nLines));
    }

    /** The 32-bit hashes of the k-word shingles, in text order (duplicates kept); empty when fewer than k words. */
    public int[] shingles(String text) {
        return shingles(words(text));
    }

    int[] shingles(long[] words) {
        int n = words.length - k + 1;
        if (n <= 0) {
            return new int[0];
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long h = words[i];
            for (int j = 1; j < k; j++) {
                h = h * 0x9E3779B97F4A7C15L + words[i + j];
            }
            out[i] = (int) (Hashes.mix(h) >>> 32);
        }
        return out;
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    private static int skipWord(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!wordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean startsUrl(String s, int i) {
        return s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i)
                || s.startsWith("t.me/", i);
    }

    /** Whether the word ending at {@code dot} is followed by a top-level domain and then a path or an end. */
    private static boolean looksLikeDomain(String s, int dot) {
        if (s.charAt(dot) == '/') {
            return false;
        }
        int j = dot + 1;
        while (j < s.length() && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') {
            j++;
        }
        int tld = j - dot - 1;
        return tld >= 2 && tld <= 6 && (j == s.length() || s.charAt(j) == '/' || Character.isWhitespace(s.charAt(j)));
    }

    /**
     * Whether NFKC could change the text: any character outside ASCII, Latin-1 letters, basic Cyrillic, common
     * quotes and dashes, and emoji (a surrogate other than U+D835, which leads the mathematical bold and italic
     * letters some channels write with).
     */
    private static boolean needsNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && !(c >= 0x0400 && c <= 0x04FF) && !(c >= 0xC0 && c <= 0xFF)
                    && c != 0x2014 && c != 0x2013 && c != 0xAB && c != 0xBB && c != 0x201C && c != 0x201D
                    && c != 0x2019 && c != 0xA0 && !(Character.isSurrogate(c) && c != 0xD835)) {
                return true;
            }
        }
        return false;
    }
}
