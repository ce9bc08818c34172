package org.echotrace.model;

import java.util.Objects;

/**
 * One place in a post where an entity, date or quote is written.
 *
 * @param field {@code title} or {@code text}
 * @param start offset of the first character, in Unicode code points from the start of the field
 * @param end   offset after the last character, in code points
 * @param text  the characters as written
 */
public record Mention(String field, int start, int end, String text) {
    public Mention {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
