package org.echotrace.clean;

import java.util.HashSet;
import java.util.Set;

import org.echotrace.model.Post;

/**
 * Drops a paragraph (a line of text) that repeats an earlier one of the same post, comparing case- and
 * space-insensitively. Very short lines (separators, single emoji, "—") are kept, since repeating them is
 * layout rather than duplication. Also drops a first line that only repeats the title.
 */
public final class RepeatedParagraphRemover implements PostStage {
    /** Lines shorter than this many letters or digits are never treated as repeats. */
    static final int MIN_SIGNIFICANT = 12;

    @Override
    public Post apply(Post post) {
        String text = post.text();
        if (text.indexOf('\n') < 0 && post.title() == null) {
            return post;
        }
        String[] lines = text.split("\n", -1);
        if (!anyRepeat(post.title(), lines)) {
            return post;
        }
        Set<String> seen = new HashSet<>();
        if (post.title() != null) {
            seen.add(key(post.title()));
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        boolean lastBlank = false;
        for (String line : lines) {
            String k = key(line);
            if (significant(k) && !seen.add(k)) {
                changed = true;
                continue;
            }
            boolean blank = line.isBlank();
            if (blank && (lastBlank || out.length() == 0)) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line);
            lastBlank = blank;
        }
        if (!changed) {
            return post;
        }
        String result = out.toString().strip();
        return post.toBuilder().text(result).build();
    }

    /** Whether a significant line repeats the title or an earlier line: a first pass that builds no text. */
    private static boolean anyRepeat(String title, String[] lines) {
        Set<String> seen = new HashSet<>();
        if (title != null) {
            seen.add(key(title));
        }
        for (String line : lines) {
            // a key is no longer than its line: a line this short cannot be significant
            if (line.length() >= MIN_SIGNIFICANT) {
                String k = key(line);
                if (significant(k) && !seen.add(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean significant(String key) {
        int n = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letterOrDigit = c < 0x80
                    ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                    : (c >= 0x0430 && c <= 0x045F) || Character.isLetterOrDigit(c);
            if (letterOrDigit && ++n >= MIN_SIGNIFICANT) {
                return true;
            }
        }
        return false;
    }

    /** {@code Character.toLowerCase}, with the ASCII and basic Cyrillic capitals done by hand; surrogates kept. */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= 0x0400 && c <= 0x042F) {
            return (char) (c < 0x0410 ? c + 0x50 : c + 0x20);
        }
        return Character.isSurrogate(c) ? c : Character.toLowerCase(c);
    }

    /** The line lower-cased with runs of white space folded to one space and the ends trimmed. */
    private static String key(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean white = c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)
                    : Character.isWhitespace(c);
            if (white) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            // lower-case per char: the same as String.toLowerCase(ROOT) for the scripts of our posts, one pass
            sb.append(lower(c));
        }
        return sb.toString();
    }
}
