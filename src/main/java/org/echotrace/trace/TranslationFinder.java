package org.echotrace.trace;

import java.util.List;

/**
 * Finds translations incrementally: each new item is matched against earlier items in other languages by
 * language-independent fingerprints (entities, numbers, dates, speakers, hashtags, URLs) and verified;
 * returns pairs with relation {@code translated}.
 */
public interface TranslationFinder {
    List<CopyPair> add(TraceItem item);
}
