package org.echotrace.trace;

import java.util.List;

/**
 * Finds near-duplicate copies and excerpts incrementally: each new item is compared with the items added
 * before it, and the verified pairs are returned (relation {@code copied}). Implementations keep only
 * compact per-item state (signatures, shingle hashes), never the posts.
 */
public interface CopyFinder {
    List<CopyPair> add(TraceItem item);
}
