package org.echotrace.extract.quotes;

/**
 * A word or punctuation mark of the text around a quote.
 *
 * @param lower the characters, lower-cased with {@code Locale.ROOT}
 * @param start char offset in the post text
 * @param end   char offset after the token
 * @param word  true for a word (letters, digits, inner hyphens and apostrophes), false for one punctuation mark
 */
public record Token(String lower, int start, int end, boolean word, boolean capitalised) {

    /** Whether this is the punctuation mark {@code c}. */
    public boolean is(char c) {
        return !word && lower.length() == 1 && lower.charAt(0) == c;
    }

    /** Whether this token ends a clause: any punctuation except dashes and the marks around a name ({@code «Коммерсант»}). */
    public boolean clauseBreak() {
        return !word && "—–-«»\"“”„".indexOf(lower.charAt(0)) < 0;
    }
}
