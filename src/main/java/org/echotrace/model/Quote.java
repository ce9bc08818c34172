package org.echotrace.model;

import java.util.Objects;

/**
 * A direct quote and who said it.
 *
 * @param text      the quoted words, without the quotation marks (split quotes joined with " … ")
 * @param speaker   the speaker's name as resolved, or null when no speaker can be determined
 * @param speakerId the speaker's entity id, or null
 * @param verb      the speech verb that ties speaker and quote ({@code said}, {@code заявил}), or null
 * @param start     offset of the quote's first character in {@code text}, in code points
 * @param end       offset after its last character, in code points
 */
public record Quote(String text, String speaker, String speakerId, String verb, int start, int end) {
    public Quote {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
