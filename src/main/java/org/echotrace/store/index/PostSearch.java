package org.echotrace.store.index;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import org.echotrace.store.StoreException;

/**
 * Searches the corpus: Lucene query syntax over {@code title} and {@code text} (phrases, {@code AND}/{@code OR}/
 * {@code NOT}, {@code title:}, {@code text:}, {@code source:}; words are required unless {@code OR} says
 * otherwise), filters, highlighted snippets and facet counts. The {@code --relation} filter asks DuckDB
 * ({@code traces}), since traces change with every ingest and are not indexed.
 */
public final class PostSearch {
    /** Facet dimensions, in the order they are reported. */
    public static final List<String> FACETS = List.of(PostDocuments.F_SOURCE, PostDocuments.F_LANGUAGE,
            PostDocuments.F_ENTITY, PostDocuments.F_HASHTAG, PostDocuments.F_DAY);

    private final PostIndex index;
    private final Connection db;
    private final Analyzer analyzer = PostIndex.queryAnalyzer();
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;

    /** Searches {@code index}; {@code db} answers the relation filter. */
    public PostSearch(PostIndex index, Connection db) {
        this.index = index;
        this.db = db;
    }

    /**
     * What to keep: every non-null field must match. {@code from} and {@code to} are ISO dates
     * ({@code 2024-03-05}, {@code to} inclusive) or instants; {@code relation} is a copy relation
     * ({@code forwarded}, {@code credited}, {@code copied}, {@code translated}), {@code origin} or {@code uncredited}.
     */
    public record Filters(String source, String language, String entity, String hashtag, String from, String to,
                          String relation) {
        public static Filters none() {
            return new Filters(null, null, null, null, null, null, null);
        }
    }

    /** One hit: the post's row and id, what to show, and a snippet with the matches marked. */
    public record Hit(long seq, String id, String source, String language, String published, String title,
                      String snippet, float score) {
    }

    /** One facet value and how many matching posts carry it. */
    public record FacetCount(String value, long count) {
    }

    /** The matching posts (the best {@code limit}), their total, and facet counts when asked. */
    public record Result(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    }

    /** Marks around matched words in snippets. */
    public record Marks(String open, String close) {
        public static Marks brackets() {
            return new Marks("[", "]");
        }
    }

    public Result search(String queryText, Filters filters, int limit, int facetLimit, Marks marks) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        Query query = query(queryText, filters);
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                FacetsCollectorManager.FacetsResult fr = facetLimit > 0
                        ? FacetsCollectorManager.search(searcher, query, Math.max(limit, 1),
                        new FacetsCollectorManager())
                        : null;
                TopDocs top = fr != null ? fr.topDocs() : searcher.search(query, Math.max(limit, 1));
                List<Hit> hits = hits(searcher, query, top, limit, marks);
                Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
                if (fr != null) {
                    facets = facets(searcher, fr.facetsCollector(), facetLimit);
                }
                return new Result(top.totalHits.value, hits, facets);
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("search index: " + e.getMessage(), e);
        }
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int limit, Marks marks)
            throws IOException {
        List<Hit> out = new ArrayList<>();
        if (limit == 0 || top.scoreDocs.length == 0) {
            return out;
        }
        ScoreDoc[] docs = top.scoreDocs.length > limit ? java.util.Arrays.copyOf(top.scoreDocs, limit) : top.scoreDocs;
        TopDocs shown = new TopDocs(top.totalHits, docs);
        UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(marks.open(), marks.close(), " … ", false))
                .withMaxLength(100_000)
                .build();
        Map<String, String[]> snippets = hl.highlightFields(new String[] {PostDocuments.TEXT, PostDocuments.TITLE},
                query, shown, new int[] {2, 1});
        String[] text = snippets.get(PostDocuments.TEXT);
        String[] title = snippets.get(PostDocuments.TITLE);
        var stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            Document d = stored.document(docs[i].doc);
            String snippet = text[i] != null ? text[i] : title[i] != null ? title[i] : lead(d.get(PostDocuments.TEXT));
            out.add(new Hit(d.getField(PostDocuments.SEQ).numericValue().longValue(), d.get(PostDocuments.ID),
                    d.get(PostDocuments.SOURCE), d.get(PostDocuments.LANG), d.get(PostDocuments.PUBLISHED_TEXT),
                    d.get(PostDocuments.TITLE), oneLine(snippet), docs[i].score));
        }
        return out;
    }

    private static String lead(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, text.offsetByCodePoints(0,
                Math.min(200, text.codePointCount(0, text.length())))) + " …";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector fc, int facetLimit)
            throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState st = state(searcher.getIndexReader());
        if (st == null) {
            return out;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(st, fc);
        for (String dim : FACETS) {
            List<FacetCount> counts = new ArrayList<>();
            FacetResult r;
            try {
                r = facets.getTopChildren(facetLimit, dim);
            } catch (IllegalArgumentException e) {
                r = null; // no post carries this dimension yet
            }
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    counts.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, counts);
        }
        return out;
    }

    /** The facet state of a reader, built once per reader (it costs a pass over the ordinals). */
    private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        if (reader != stateReader) {
            stateReader = reader;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, PostDocuments.facetsConfig());
            } catch (IllegalArgumentException e) {
                state = null; // an empty index has no facet field
            }
        }
        return state;
    }

    /** The rows ({@code seq}) of every matching post, uncapped and sorted: for exports. */
    public long[] allSeqs(String queryText, Filters filters) {
        Query query = query(queryText, filters);
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                SeqCollector collector = new SeqCollector();
                searcher.search(query, collector);
                long[] out = java.util.Arrays.copyOf(collector.seqs, collector.n);
                java.util.Arrays.sort(out);
                return out;
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("search index: " + e.getMessage(), e);
        }
    }

    /** Gathers the {@code seq} doc values of every hit. */
    private static final class SeqCollector extends org.apache.lucene.search.SimpleCollector {
        long[] seqs = new long[1024];
        int n;
        private org.apache.lucene.index.NumericDocValues values;

        @Override
        protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) throws IOException {
            values = org.apache.lucene.index.DocValues.getNumeric(context.reader(), PostDocuments.SEQ);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                if (n == seqs.length) {
                    seqs = java.util.Arrays.copyOf(seqs, n * 2);
                }
                seqs[n++] = values.longValue();
            }
        }

        @Override
        public org.apache.lucene.search.ScoreMode scoreMode() {
            return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The Lucene query for {@code text} and {@code filters}; a malformed query is a one-line error. */
    public Query query(String text, Filters f) {
        Query main;
        if (text == null || text.isBlank() || text.strip().equals("*")) {
            main = new MatchAllDocsQuery();
        } else {
            QueryParser parser = new MultiFieldQueryParser(new String[] {PostDocuments.TITLE, PostDocuments.TEXT},
                    analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            try {
                main = parser.parse(text);
            } catch (ParseException e) {
                String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                throw new IllegalArgumentException("bad query '" + text + "': " + m);
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        term(b, PostDocuments.SOURCE, f.source());
        term(b, PostDocuments.LANG, f.language());
        term(b, PostDocuments.ENTITY, f.entity());
        term(b, PostDocuments.HASHTAG, f.hashtag() == null ? null : f.hashtag().replaceFirst("^#", ""));
        if (f.from() != null || f.to() != null) {
            long lo = f.from() == null ? Long.MIN_VALUE : seconds(f.from(), false);
            long hi = f.to() == null ? Long.MAX_VALUE : seconds(f.to(), true);
            b.add(LongPoint.newRangeQuery(PostDocuments.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (f.relation() != null) {
            b.add(LongPoint.newSetQuery(PostDocuments.SEQ, relationSeqs(f.relation())), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void term(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, PostDocuments.term(value.strip()))), BooleanClause.Occur.FILTER);
        }
    }

    /** Epoch seconds of a date ({@code to}: its last second) or an ISO instant. */
    static long seconds(String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate d = LocalDate.parse(value);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - (endOfDay ? 1 : 0);
            }
            try {
                return OffsetDateTime.parse(value).toEpochSecond();
            } catch (DateTimeParseException e) {
                return Instant.parse(value).getEpochSecond();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + value + "' (use 2024-03-05 or 2024-03-05T10:00:00Z)");
        }
    }

    private long[] relationSeqs(String relation) {
        String where = switch (relation) {
            case "forwarded", "credited", "copied", "translated" -> "relation = ?";
            case "origin" -> "cluster is not null and duplicate_of is null and ? is not null";
            case "uncredited" -> "uncredited and ? is not null";
            default -> throw new IllegalArgumentException("unknown relation '" + relation
                    + "' (forwarded, credited, copied, translated, origin, uncredited)");
        };
        List<Long> seqs = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("select seq from traces where " + where)) {
            p.setString(1, relation);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("corpus database error: " + e.getMessage(), e);
        }
        return seqs.stream().mapToLong(Long::longValue).toArray();
    }
}
