package org.echotrace.extract.entities;

/**
 * One word of a post's field: its characters, its alias key ({@link org.echotrace.kb.AliasKey}), and where
 * it stands, in chars (for slicing) and in code points (for the output).
 *
 * @param text        the word as written (a hashtag without its {@code #})
 * @param key         the folded form used for matching
 * @param charStart   start index in the field's chars
 * @param charEnd     end index (exclusive) in chars
 * @param cpStart     start offset in code points
 * @param cpEnd       end offset (exclusive) in code points
 * @param capitalized whether the word starts with an upper-case letter
 * @param hashtag     whether the word was written as a hashtag
 * @param sentenceStart whether the word opens a sentence (after . ! ? or a line break, or first)
 */
public record Token(String text, String key, int charStart, int charEnd, int cpStart, int cpEnd, boolean capitalized,
             boolean hashtag, boolean sentenceStart) {

    boolean cyrillic() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
