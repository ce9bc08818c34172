package org.echotrace.extract.quotes;

/**
 * Who a quote is attributed to, as found in the words around it.
 *
 * @param speaker   the speaker's name (the entity's canonical name, else as written), or null
 * @param speakerId the entity id, or null
 * @param verb      the speech verb or attribution phrase as written, lower case, or null
 * @param direct    whether the cue is attached to the quote ({@code ," he said}, {@code X: «…»}), not just
 *                  somewhere earlier in the sentence
 */
public record Attribution(String speaker, String speakerId, String verb, boolean direct) {
}
