package org.echotrace.extract.quotes;

import java.util.List;

/**
 * Words between quotation marks, before deciding whether they are speech.
 *
 * @param open  char offset of the opening mark
 * @param close char offset after the closing mark
 * @param parts char ranges {@code [start, end)} of the quoted words: one, or one per paragraph of a multi-paragraph
 *              quote (whose continuation marks are left out)
 * @param mark  the opening mark
 */
public record MarkedSpan(int open, int close, List<int[]> parts, char mark) {

    /** Offset of the first quoted character. */
    public int start() {
        return parts.get(0)[0];
    }

    /** Offset after the last quoted character. */
    public int end() {
        return parts.get(parts.size() - 1)[1];
    }

    /** The quoted words without marks; paragraphs keep the line breaks between them. */
    public String text(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            int[] p = parts.get(i);
            if (i > 0) {
                b.append('\n');
            }
            b.append(s, p[0], p[1]);
        }
        return b.toString();
    }
}
