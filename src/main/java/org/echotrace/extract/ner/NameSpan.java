package org.echotrace.extract.ner;

/**
 * A name the tagger found: words {@code [first, end)} of the field, and its type.
 *
 * @param first index of the first word
 * @param end   index after the last word
 * @param type  {@code PER}, {@code ORG} or {@code LOC}
 */
public record NameSpan(int first, int end, String type) {
    public NameSpan {
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("bad word span [" + first + ", " + end + ")");
        }
    }
}
