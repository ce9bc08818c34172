package org.echotrace.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.echotrace.model.Post;

/**
 * The corpus's Lucene index: derived from the DuckDB record, never written first. One {@link IndexWriter} per
 * writing process, readers through one {@link SearcherManager} (refreshed after each input, near real time).
 * Each commit records the last ingest id it covers ({@code ingest} in the commit's user data), so a writer that
 * opens an index behind the record re-indexes the rest from DuckDB ({@code IndexSync}).
 */
public final class PostIndex implements Closeable {
    static final String COMMITTED_INGEST = "ingest";

    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private PostIndex(Directory dir, IndexWriter writer, SearcherManager searchers) {
        this.dir = dir;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Query-time analysis: {@link CorpusAnalyzer} for title and text, exact lower-cased terms elsewhere. */
    public static Analyzer queryAnalyzer() {
        return new PerFieldAnalyzerWrapper(new CorpusAnalyzer(), Map.of(
                PostDocuments.SOURCE, new LowerKeywordAnalyzer(),
                PostDocuments.LANG, new LowerKeywordAnalyzer(),
                PostDocuments.ENTITY, new LowerKeywordAnalyzer(),
                PostDocuments.HASHTAG, new LowerKeywordAnalyzer(),
                PostDocuments.ID, new KeywordAnalyzer()));
    }

    /** Opens (or creates) the index in {@code path} for writing. */
    public static PostIndex openForWriting(Path path) throws IOException {
        Directory d = FSDirectory.open(path);
        IndexWriterConfig cfg = new IndexWriterConfig(new CorpusAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(64);
        cfg.setCommitOnClose(false);
        IndexWriter w = new IndexWriter(d, cfg);
        return new PostIndex(d, w, new SearcherManager(w, null));
    }

    /** Opens the index in {@code path} read-only. */
    public static PostIndex openForReading(Path path) throws IOException {
        Directory d = FSDirectory.open(path);
        if (!DirectoryReader.indexExists(d)) {
            d.close();
            throw new IOException("no search index (run 'echotrace reindex')");
        }
        return new PostIndex(d, null, new SearcherManager(d, null));
    }

    /** Adds or replaces the document of row {@code seq}. */
    public void put(long seq, Post post) {
        try {
            writer.updateDocument(new Term(PostDocuments.KEY, Long.toString(seq)), PostDocuments.of(seq, post));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the documents of rows {@code seq} and up (an input rolled back). */
    public void deleteFrom(long seq) {
        try {
            writer.deleteDocuments(LongPoint.newRangeQuery(PostDocuments.SEQ, seq, Long.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every document (before a rebuild). */
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes everything added durable, recording that it covers the record up to ingest {@code ingestId}. */
    public void commit(long ingestId) throws IOException {
        writer.setLiveCommitData(Map.of(COMMITTED_INGEST, Long.toString(ingestId)).entrySet());
        writer.commit();
        searchers.maybeRefresh();
    }

    /** Refreshes the searchers to see what was added (near real time). */
    public void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /** The last ingest id the last commit covers; 0 for a new index. */
    public long committedIngest() throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return 0;
        }
        Map<String, String> data = org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData();
        String v = data.get(COMMITTED_INGEST);
        return v == null ? 0 : Long.parseLong(v);
    }

    /** Documents in the index as the searchers see it now. */
    public int docCount() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    public SearcherManager searchers() {
        return searchers;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        dir.close();
    }

    /** One lower-cased token for the whole value: exact, case-insensitive terms. */
    static final class LowerKeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            org.apache.lucene.analysis.core.KeywordTokenizer t = new org.apache.lucene.analysis.core.KeywordTokenizer();
            return new TokenStreamComponents(t, new org.apache.lucene.analysis.LowerCaseFilter(t));
        }
    }
}
