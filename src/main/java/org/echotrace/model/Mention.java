package org.echotrace.model;

import java.util.Objects;

/**
 * One place in a post where an entity, date or quote is written.
 *
 * @param field {@code title} or {@code text}
 * @param start offset of the first character, in Unicode code points from the start of the field
 * @param end   offset after the last character, in code points
 * @param text  the characters as written
 * @param kind  for an entity mention, {@code "role"} when the words are a role description resolved to its holder
 *              ({@code президент}, {@code the Kremlin chief}) rather than a name; null for a name and for dates
 */
public record Mention(String field, int start, int end, String text, String kind) {
    /** The mention of a name (or a date). */
    public Mention(String field, int start, int end, String text) {
        this(field, start, end, text, null);
    }

    public Mention {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (kind != null && !kind.equals("role")) {
            throw new IllegalArgumentException("kind must be null or role, not " + kind);
        }
    }
}
