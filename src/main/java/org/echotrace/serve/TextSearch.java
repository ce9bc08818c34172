package org.echotrace.serve;

import java.util.List;

/**
 * Full-text matching for search and timelines: the store's Lucene index. Given a query and filters it names
 * the matching posts by {@code seq}; everything else (facets, counts per day) is counted in DuckDB.
 */
public interface TextSearch {

    /** One page of hits, best first, with a snippet and the [start, end) code-point offsets of the matched words. */
    record Hit(long seq, String snippet, List<int[]> marks) {
    }

    record Page(long total, List<Hit> hits) {
    }

    /** The {@code limit} best hits after the first {@code offset}; a malformed query is a 400. */
    Page search(String query, SearchRequest filters, int offset, int limit);

    /** Every matching post's {@code seq}, at most {@code max} (for facets and timelines). */
    long[] matching(String query, SearchRequest filters, int max);
}
