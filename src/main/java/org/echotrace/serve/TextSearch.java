package org.echotrace.serve;

import java.util.List;

/**
 * Full-text matching for search and timelines: the store's Lucene index ({@link LuceneTextSearch}), or a scan
 * in DuckDB where the index is missing ({@link SqlTextSearch}). It names the matching posts by {@code seq};
 * what it does not count itself (facets, counts per day) is counted in DuckDB.
 */
public interface TextSearch {

    /** One page of hits, best first, with a snippet and the [start, end) code-point offsets of the matched words. */
    record Hit(long seq, String snippet, List<int[]> marks) {
    }

    /**
     * A page of hits, the total, and facet counts (dimension → {@code (value, count)} table, dimensions
     * {@code source}, {@code language}, {@code entity}, {@code hashtag}, {@code day}) when the search counts them
     * itself; {@code null} facets are counted in DuckDB over {@link #matching}.
     */
    record Page(long total, List<Hit> hits, java.util.Map<String, Table> facets) {
    }

    /** The {@code limit} best hits after the first {@code offset}; a malformed query is a 400. */
    Page search(String query, SearchRequest filters, int offset, int limit);

    /** Every matching post's {@code seq}, at most {@code max} (for facets and timelines). */
    long[] matching(String query, SearchRequest filters, int max);
}
