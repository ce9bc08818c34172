package org.echotrace.trace.copies;

import java.util.function.IntConsumer;

/**
 * Finds the earlier posts that may be copies of a new one, from its {@link Sketch}. Candidates are only
 * suspects: every one is verified exactly before a pair is reported, so an index may over-report but should
 * miss as little as possible. In memory now ({@link LshIndex}, {@link AnchorIndex}); a store-backed index can
 * take over when the persistent corpus arrives, so new posts are matched without recomputing the corpus.
 */
public interface CandidateIndex {

    /** Reports to {@code out} the ids of earlier posts that may be copies (an id may be reported more than once). */
    void candidates(Sketch sketch, IntConsumer out);

    /** Adds a post under its id. */
    void add(int id, Sketch sketch);

    /** Approximate heap bytes used. */
    long bytes();
}
