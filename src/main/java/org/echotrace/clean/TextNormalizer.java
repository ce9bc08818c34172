package org.echotrace.clean;

import java.text.Normalizer;

import org.echotrace.model.Post;

/**
 * Puts text into one canonical form: Unicode NFC; zero-width, bidi-control and other control characters
 * removed (line breaks and tabs kept); no-break and other exotic spaces made plain spaces; CRLF made LF;
 * trailing spaces cut; runs of blank lines folded to one blank line. Applied to title and text.
 */
public final class TextNormalizer implements PostStage {

    @Override
    public Post apply(Post post) {
        String text = normalize(post.text());
        String title = post.title() == null ? null : normalizeLine(post.title());
        if (text.equals(post.text()) && java.util.Objects.equals(title, post.title())) {
            return post;
        }
        return post.toBuilder().text(text).title(title == null || title.isEmpty() ? null : title).build();
    }

    /** Normalises a single line: like {@link #normalize} with all line breaks made spaces. */
    public static String normalizeLine(String s) {
        return normalize(s).replace('\n', ' ').replaceAll(" {2,}", " ").strip();
    }

    /** Normalises multi-line text. */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (alreadyNormal(s)) {
            return s;
        }
        String nfc = surelyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int blankRun = 0;
        int lineStart = 0;
        int len = nfc.length();
        for (int i = 0; i < len; ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < len && nfc.charAt(i) == '\n') {
                    continue;
                }
                cp = '\n';
            }
            if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C || cp == 0x85) {
                trimTrailing(out, lineStart);
                if (out.length() == lineStart) {
                    blankRun++;
                } else {
                    blankRun = 0;
                }
                if (blankRun <= 1 && out.length() > 0) {
                    out.append('\n');
                }
                lineStart = out.length();
                continue;
            }
            if (cp < 0x7F && cp >= 0x20) {
                // printable ASCII: the common case, no table look-ups
                out.append((char) cp);
                continue;
            }
            if (isRemovable(cp)) {
                continue;
            }
            if (cp == '\t') {
                out.append(' ');
                continue;
            }
            if (cp < 0x2000 ? cp == 0xA0 || cp == 0x1680 : Character.isSpaceChar(cp)) {
                out.append(' ');
                continue;
            }
            out.appendCodePoint(cp);
        }
        trimTrailing(out, lineStart);
        // strip leading/trailing blank lines and spaces
        int start = 0;
        while (start < out.length() && (out.charAt(start) == '\n' || out.charAt(start) == ' ')) {
            start++;
        }
        int end = out.length();
        while (end > start && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == ' ')) {
            end--;
        }
        return out.substring(start, end);
    }

    /**
     * A cheap sufficient test that {@link #normalize} would return {@code s} unchanged: no spaces or line
     * breaks at either end, no space before a line break, no more than one blank line in a row, and only
     * characters that are NFC-stable, no combining marks and never removed or replaced: printable ASCII,
     * {@code \n}, U+00A1..U+02FF except the soft hyphen, basic Cyrillic, general punctuation
     * (U+2010..U+2027, U+2030..U+205E) or surrogates (emoji), not both: with
     * both the full path would run the library's NFC check.
     */
    static boolean alreadyNormal(String s) {
        int len = s.length();
        char first = s.charAt(0);
        char last = s.charAt(len - 1);
        if (first == ' ' || first == '\n' || last == ' ' || last == '\n') {
            return false;
        }
        boolean surrogates = false;
        boolean punctuation = false;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                if (c == ' ' && s.charAt(i + 1) == '\n') { // i + 1 < len: the last char is not a space
                    return false;
                }
            } else if (c == '\n') {
                if (i + 2 < len && s.charAt(i + 1) == '\n' && s.charAt(i + 2) == '\n') {
                    return false;
                }
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                surrogates = true;
            } else if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E)) {
                punctuation = true;
            } else if (!((c >= 0xA1 && c < 0x0300 && c != 0xAD) || (c >= 0x0400 && c <= 0x04FF))) {
                return false;
            }
        }
        // with both, the full path would run the library NFC check (over supplementary marks): leave it that
        return !(surrogates && punctuation);
    }

    /**
     * A cheap sufficient test: text made only of characters below U+0300, of the basic Cyrillic block and of
     * surrogates (emoji) has no combining marks and no canonical singletons, so NFC leaves it as it is. Most
     * posts pass, and skip the library's full check.
     */
    static boolean surelyNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x0300 || (c >= 0x0400 && c <= 0x04FF) || (c >= 0xD800 && c <= 0xDFFF)) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static void trimTrailing(StringBuilder out, int lineStart) {
        int end = out.length();
        while (end > lineStart && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    /** Zero-width characters, bidi controls, soft hyphen, BOM, and C0/C1 controls other than tab. */
    static boolean isRemovable(int cp) {
        if (cp == '\t') {
            return false;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return true;
        }
        return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF
                || cp == 0x180E;
    }
}
