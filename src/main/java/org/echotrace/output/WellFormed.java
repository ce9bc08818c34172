package org.echotrace.output;

/**
 * Replaces lone UTF-16 surrogates with U+FFFD so that a string can be encoded as UTF-8 at all.
 *
 * <p>Why: untrusted names (channel titles, record fields) can carry a lone surrogate, and Jackson's
 * surrogate-combining UTF-8 output then silently merges it with the next character into a wrong code point.
 */
public final class WellFormed {
    private WellFormed() {
    }

    /** {@code s} with every lone surrogate replaced; the same instance when there is none; null stays null. */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone;
            if (Character.isHighSurrogate(c)) {
                lone = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!lone) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                lone = Character.isLowSurrogate(c);
            }
            if (lone && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? s : out.toString();
    }
}
