package org.echotrace.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.store.StoreException;
import org.echotrace.store.index.PostSearch;

/**
 * Search through the store's Lucene index ({@link PostSearch}): ranked hits with highlighted snippets and facet
 * counts from the index. Matches are marked with two private-use characters and turned into code-point offsets,
 * so the snippet stays plain text end to end.
 */
public final class LuceneTextSearch implements TextSearch {

    private static final String OPEN = "\uE000";
    private static final String CLOSE = "\uE001";

    private final PostSearch search;
    private final Object relationLock = new Object();

    public LuceneTextSearch(PostSearch search) {
        this.search = search;
    }

    static PostSearch.Filters filters(SearchRequest r) {
        return new PostSearch.Filters(r.source(), r.language(), r.entity(), r.hashtag(),
                r.from() == null ? null : r.from().toString(), r.to() == null ? null : r.to().toString(), r.relation());
    }

    @Override
    public Page search(String query, SearchRequest filters, int offset, int limit) {
        PostSearch.Result res = run(filters.relation() != null,
                () -> search.search(query, filters(filters), offset + limit, 15, new PostSearch.Marks(OPEN, CLOSE)));
        List<Hit> hits = new ArrayList<>();
        for (int i = offset; i < res.hits().size(); i++) {
            PostSearch.Hit h = res.hits().get(i);
            hits.add(marked(h.seq(), h.snippet()));
        }
        Map<String, Table> facets = new LinkedHashMap<>();
        for (Map.Entry<String, List<PostSearch.FacetCount>> e : res.facets().entrySet()) {
            List<List<Object>> rows = new ArrayList<>();
            for (PostSearch.FacetCount c : e.getValue()) {
                rows.add(Arrays.asList(c.value(), c.count()));
            }
            facets.put(e.getKey(), Table.of(List.of("value", "count"), rows));
        }
        return new Page(res.total(), hits, facets);
    }

    @Override
    public long[] matching(String query, SearchRequest filters, int max) {
        long[] all = run(filters.relation() != null, () -> search.allSeqs(query, filters(filters)));
        return all.length <= max ? all : Arrays.copyOf(all, max);
    }

    /** The relation filter asks DuckDB on the search's one connection: one such query at a time. */
    private <T> T run(boolean usesDatabase, java.util.function.Supplier<T> call) {
        try {
            if (usesDatabase) {
                synchronized (relationLock) {
                    return call.get();
                }
            }
            return call.get();
        } catch (StoreException e) {
            throw new ApiException(503, "unavailable", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cannot read the query: " + Sql.firstLine(e.getMessage()));
        }
    }

    /** The snippet without its marks, and the marks as [start, end) code-point offsets. */
    static Hit marked(long seq, String snippet) {
        StringBuilder text = new StringBuilder(snippet.length());
        List<int[]> marks = new ArrayList<>();
        int cp = 0;
        int start = -1;
        for (int i = 0; i < snippet.length(); ) {
            int c = snippet.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0xE000) {
                start = cp;
            } else if (c == 0xE001) {
                if (start >= 0) {
                    marks.add(new int[]{start, cp});
                }
                start = -1;
            } else {
                text.appendCodePoint(c);
                cp++;
            }
        }
        return new Hit(seq, text.toString(), marks);
    }
}
