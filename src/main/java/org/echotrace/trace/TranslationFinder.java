package org.echotrace.trace;

import java.util.List;

/**
 * Finds translations incrementally: each new item is matched against earlier items in other languages by
 * language-independent fingerprints (entities, numbers, dates, speakers, hashtags, URLs) and verified;
 * returns pairs with relation {@code translated}.
 */
public interface TranslationFinder {
    List<CopyPair> add(TraceItem item);

    /**
     * Whether a pair returned by {@link #add} still holds once the whole corpus has been read (evidence learned
     * later, such as what each source repeats, can withdraw it); called by {@link Tracer#finish()}.
     */
    default boolean holds(CopyPair pair) {
        return true;
    }
}
