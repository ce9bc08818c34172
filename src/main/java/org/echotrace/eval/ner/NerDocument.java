package org.echotrace.eval.ner;

import java.util.List;

/**
 * One document of a named-entity corpus: its text and its gold names (PER, ORG, LOC), outermost only.
 *
 * @param id    corpus-relative id ({@code nerel/test/003}, {@code btc/f#12})
 * @param text  the text as the pipeline would see it
 * @param names gold names as char spans into {@code text}, in order
 */
public record NerDocument(String id, String text, List<Name> names) {
    public NerDocument {
        names = List.copyOf(names);
    }

    /** A gold name: chars {@code [start, end)} of the text and its type. */
    public record Name(int start, int end, String type) {
    }
}
