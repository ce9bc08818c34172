package org.echotrace.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a stretch of post text into {@link Token}s: words, and the punctuation marks that bound clauses.
 * Markdown emphasis ({@code *}, {@code _}), link brackets and targets ({@code [написал](https://t.me/…)} reads as
 * {@code написал}), bare URLs, emoji and other symbols are skipped.
 */
public final class Tokenizer {
    private static final String PUNCT = ",.;:!?()—–-\n«»\"“”„‘’";

    private Tokenizer() {
    }

    /** The tokens of {@code text[from, to)}. */
    public static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(text.length(), to);
        while (i < end) {
            char c = text.charAt(i);
            if (c == '(' && i > 0 && text.charAt(i - 1) == ']') {
                int close = text.indexOf(')', i);
                if (close > 0 && close < end && (text.indexOf('\n', i) < 0 || text.indexOf('\n', i) > close)) {
                    i = close + 1;
                    continue;
                }
            }
            if ((c == 'h' || c == 'w') && (text.startsWith("http://", i) || text.startsWith("https://", i)
                    || text.startsWith("www.", i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                while (i < end && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ')') {
                    i++;
                }
                continue;
            }
            if (c == '[' || c == ']') {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < end) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '\'' || d == '’') && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                String w = text.substring(i, j);
                out.add(new Token(w.toLowerCase(Locale.ROOT), i, j, true, Character.isUpperCase(c)));
                i = j;
            } else {
                if (PUNCT.indexOf(c) >= 0) {
                    out.add(new Token(String.valueOf(c), i, i + 1, false, false));
                }
                i++;
            }
        }
        return out;
    }
}
