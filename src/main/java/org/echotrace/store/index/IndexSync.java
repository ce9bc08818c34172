package org.echotrace.store.index;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import org.echotrace.store.CorpusQueries;
import org.echotrace.store.Store;

/**
 * Keeps the Lucene index consistent with the DuckDB record: on open for writing, posts stored by ingests the
 * index's last commit does not cover are indexed again from DuckDB (after a crash between the two commits),
 * and an index whose document count still differs from the record is rebuilt from scratch.
 */
public final class IndexSync {
    private IndexSync() {
    }

    /** What a sync did: documents re-indexed, and whether the index was rebuilt whole. */
    public record Result(long reindexed, boolean rebuilt) {
    }

    public static Result sync(Store store, PostIndex index) throws IOException, SQLException {
        CorpusQueries q = store.queries();
        long committed = index.committedIngest();
        long last = q.lastIngest();
        long n = 0;
        boolean rebuilt = false;
        if (committed > last) {
            return rebuild(store, index);
        }
        if (committed < last) {
            n = q.forEach("ingest_id > ?", List.of(committed), p -> index.put(p.seq(), p.post()));
            index.commit(last);
        }
        if (index.docCount() != q.postCount()) {
            return rebuild(store, index);
        }
        return new Result(n, rebuilt);
    }

    /** Drops every document and indexes every stored post again ({@code echotrace reindex}). */
    public static Result rebuild(Store store, PostIndex index) throws IOException, SQLException {
        CorpusQueries q = store.queries();
        index.deleteAll();
        long n = q.forEach(p -> index.put(p.seq(), p.post()));
        index.commit(q.lastIngest());
        return new Result(n, true);
    }
}
