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
 * @param kind   for an entity mention, {@code "role"} when the words are a role description resolved to its holder
 *               ({@code президент}, {@code the Kremlin chief}) rather than a name; null for a name and for dates
 */
public record Mention(String field, int start, int end, String text, String source, String kind) {
    public static final String KB = "kb";
    public static final String MODEL = "model";
    public static final String BOTH = "kb+model";
    public static final String ROLE = "role";

    public Mention {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (source != null && !source.equals(KB) && !source.equals(MODEL) && !source.equals(BOTH)) {
            throw new IllegalArgumentException("bad mention source: " + source);
        }
        if (kind != null && !kind.equals(ROLE)) {
            throw new IllegalArgumentException("kind must be null or role, not " + kind);
        }
    }

    /** A mention without a source or kind (dates, quotes). */
    public Mention(String field, int start, int end, String text) {
        this(field, start, end, text, null, null);
    }

    /** An entity mention found by {@code source}, naming the entity (not a role description). */
    public Mention(String field, int start, int end, String text, String source) {
        this(field, start, end, text, source, null);
    }

    /** The same mention, marked as found by {@code source}. */
    public Mention withSource(String source) {
        return new Mention(field, start, end, text, source, kind);
    }
}
