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
        return alreadyNormal(s) ? s : normalizeFully(s);
    }

    /** {@link #normalize} without the already-normal shortcut (tests compare the two). */
    static String normalizeFully(String s) {
        String nfc = surelyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
        int len = nfc.length();
        char[] out = new char[len]; // never longer than the input: every step keeps or shortens
        int n = 0;
        int blankRun = 0;
        int lineStart = 0;
        for (int i = 0; i < len; ) {
            char ch = nfc.charAt(i);
            int cp;
            if (Character.isSurrogate(ch)) {
                cp = nfc.codePointAt(i);
                i += Character.charCount(cp);
            } else {
                cp = ch;
                i++;
            }
            if (cp < 0x7F && cp >= 0x20) {
                // printable ASCII: the common case, no table look-ups
                out[n++] = (char) cp;
                continue;
            }
            if (cp == '\r') {
                if (i < len && nfc.charAt(i) == '\n') {
                    continue;
                }
                cp = '\n';
            }
            if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C || cp == 0x85) {
                n = trimTrailing(out, n, lineStart);
                if (n == lineStart) {
                    blankRun++;
                } else {
                    blankRun = 0;
                }
                if (blankRun <= 1 && n > 0) {
                    out[n++] = '\n';
                }
                lineStart = n;
                continue;
            }
            if (isRemovable(cp)) {
                continue;
            }
            if (cp == '\t') {
                out[n++] = ' ';
                continue;
            }
            if (cp < 0x2000 ? cp == 0xA0 || cp == 0x1680 : Character.isSpaceChar(cp)) {
                out[n++] = ' ';
                continue;
            }
            n += Character.toChars(cp, out, n);
        }
        n = trimTrailing(out, n, lineStart);
        // strip leading/trailing blank lines and spaces
        int start = 0;
        while (start < n && (out[start] == '\n' || out[start] == ' ')) {
            start++;
        }
        int end = n;
        while (end > start && (out[end - 1] == '\n' || out[end - 1] == ' ')) {
            end--;
        }
        return new String(out, start, end - start);
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

    /** The length of {@code out[0, n)} without the spaces ending the line that starts at {@code lineStart}. */
    private static int trimTrailing(char[] out, int n, int lineStart) {
        int end = n;
        while (end > lineStart && out[end - 1] == ' ') {
            end--;
        }
        return end;
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
