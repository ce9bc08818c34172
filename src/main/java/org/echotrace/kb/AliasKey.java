package org.echotrace.kb;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name to the key aliases are matched by: compatibility decomposition with combining marks removed
 * (so {@code Zelenskyy}, {@code Zelénskyy} and, in Cyrillic, {@code ё}/{@code е} and {@code й}/{@code и}
 * meet), lower case, every apostrophe and quote style as {@code '}, every dash as {@code -}, and runs of
 * spaces as one. The knowledge base and the text matcher use the same key.
 */
public final class AliasKey {
    private AliasKey() {
    }

    public static String of(String s) {
        return plainWord(s) ? s.toLowerCase(Locale.ROOT) : folded(s);
    }

    /** The key by the full folding, whatever {@code s} holds. */
    static String folded(String s) {
        String d = decomposed(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '`', '\u00B4', '\u2032' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code s} is only ASCII letters and digits and the basic Cyrillic letters {@code А–я} other than
     * {@code Й/й}: nothing to decompose, drop, space or re-spell, so its key is its lower case (most words of a
     * post, keyed one by one by the tokenizer).
     */
    static boolean plainWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c >= '\u0410' && c <= '\u044F' && c != '\u0419' && c != '\u0439';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} is already in NFKD, judged cheaply: it holds only ASCII and the basic Cyrillic letters
     * {@code А–я} other than {@code Й/й}, none of which decompose (most names; the normaliser is slow to start).
     */
    static boolean decomposed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < '\u0410' || c > '\u044F' || c == '\u0419' || c == '\u0439')) {
                return false;
            }
        }
        return true;
    }
}
