package org.echotrace.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds words between quotation marks: “…”, "…", «…» (with „…“ or more «…» nested inside), „…“ (closed by “ or ”),
 * and ‘…’ when asked, and joins a newspaper-style multi-paragraph quote — a paragraph that opens a quote without
 * closing it, continued by the next paragraph opening with the same mark — into one span.
 *
 * <p>Quotes never run across a paragraph otherwise, so one stray mark cannot swallow the rest of a post.
 */
public final class QuoteMarks {
    /** Longest quote looked at, in chars. */
    private static final int MAX_QUOTE = 5000;

    private QuoteMarks() {
    }

    /** Whether {@code text} has any character that can open a quote. */
    public static boolean mayHaveQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '«' || c == '“' || c == '„' || c == '‘') {
                return true;
            }
        }
        return false;
    }

    /** The marked spans of {@code text} in order; {@code singles} allows ‘…’. */
    public static List<MarkedSpan> find(String text, boolean singles) {
        List<MarkedSpan> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isOpener(text, i, c, singles)) {
                MarkedSpan s = span(text, i, c);
                if (s != null) {
                    out.add(s);
                    i = s.close();
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean isOpener(String text, int i, char c, boolean singles) {
        switch (c) {
            case '«', '„', '“':
                return true;
            case '"':
                return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            case '‘':
                return singles && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            default:
                return false;
        }
    }

    private static MarkedSpan span(String text, int open, char mark) {
        List<int[]> parts = new ArrayList<>();
        int from = open + 1;
        int limit = Math.min(text.length(), open + MAX_QUOTE);
        while (true) {
            int para = paragraphEnd(text, from, limit);
            int close = closer(text, from, para, mark);
            if (close >= 0) {
                addPart(text, parts, from, close);
                if (parts.isEmpty()) {
                    return null;
                }
                return new MarkedSpan(open, close + 1, List.copyOf(parts), mark);
            }
            // multi-paragraph: the next paragraph must open with the same mark
            int next = para;
            while (next < limit && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            while (next < limit && text.charAt(next) == '*') {
                next++;
            }
            if (para >= limit || next >= limit || text.charAt(next) != mark || next == para) {
                return null;
            }
            addPart(text, parts, from, para);
            from = next + 1;
        }
    }

    private static void addPart(String text, List<int[]> parts, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '*')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '*')) {
            e--;
        }
        if (e > s) {
            parts.add(new int[] {s, e});
        }
    }

    /** The next line break in {@code [from, limit)}, else {@code limit}: never looks past the limit (indexOf would, quadratic on one long paragraph). */
    private static int paragraphEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return limit;
    }

    /** The offset of the mark closing {@code mark} in {@code [from, to)}, or -1. */
    private static int closer(String text, int from, int to, char mark) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (mark) {
                case '«':
                    if (c == '«') {
                        depth++;
                    } else if (c == '»') {
                        if (depth == 0) {
                            return i;
                        }
                        depth--;
                    }
                    break;
                case '“':
                    if (c == '”') {
                        return i;
                    }
                    break;
                case '„':
                    if (c == '“' || c == '”') {
                        return i;
                    }
                    break;
                case '"':
                    if (c == '"' && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))
                            && i > from) {
                        return i;
                    }
                    break;
                case '‘':
                    if (c == '’' && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                        return i;
                    }
                    break;
                default:
                    return -1;
            }
        }
        return -1;
    }
}
