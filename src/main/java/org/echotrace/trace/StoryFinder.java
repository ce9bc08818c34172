package org.echotrace.trace;

/**
 * Groups posts about the same event (same key entities, overlapping dates, similar wording, across
 * languages) into stories, incrementally.
 */
public interface StoryFinder {
    /** Adds an item; copies already known for it are passed so that copies always share a story. */
    void add(TraceItem item, java.util.List<CopyPair> copies);

    /** The story number of every item added so far, by index. */
    int[] stories();
}
