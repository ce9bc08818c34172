package org.echotrace.model;

import java.util.Objects;

/**
 * One place in a post where an entity, date or quote is written.
 *
 * @param field  {@code title} or {@code text}
 * @param start  offset of the first character, in Unicode code points from the start of the field
 * @param end    offset after the last character, in code points
 * @param text   the characters as written
 * @param source for an entity mention, what found it: {@code kb} (the knowledge base and its rules),
 *               {@code model} (the trained name tagger) or {@code kb+model}; null for dates and quotes
 */
public record Mention(String field, int start, int end, String text, String source) {
    public static final String KB = "kb";
    public static final String MODEL = "model";
    public static final String BOTH = "kb+model";

    public Mention {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (source != null && !source.equals(KB) && !source.equals(MODEL) && !source.equals(BOTH)) {
            throw new IllegalArgumentException("bad mention source: " + source);
        }
    }

    /** A mention without a source (dates, quotes). */
    public Mention(String field, int start, int end, String text) {
        this(field, start, end, text, null);
    }
}
