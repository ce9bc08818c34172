package org.echotrace.serve;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.store.CorpusIngest;
import org.echotrace.trace.Tracer;
import org.echotrace.store.CorpusWriter;
import org.echotrace.store.SourceRemoval;
import org.echotrace.store.Store;
import org.echotrace.store.StoreException;
import org.echotrace.store.index.PostSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store as the server sees it: opened read-only, or for writing when the server has a token (then uploads,
 * ingest and deletes go through this process's one writer, one at a time). Wires the query service, the text
 * search and the ingester over it.
 */
public final class ServedCorpus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServedCorpus.class);

    private final Store store;
    private final StoreQueries queries;
    private final Object writeLock = new Object();

    private ServedCorpus(Store store, ServeOptions options) {
        this.store = store;
        StoreQueries.Connections connections = store::connect;
        this.queries = new StoreQueries(connections, textSearch(store, options), this::deleteSource,
                options.queryTimeout());
    }

    /** The store's Lucene index when it can be opened, else a scan in DuckDB (slower, same answers). */
    private static TextSearch textSearch(Store store, ServeOptions options) {
        try {
            return new LuceneTextSearch(new PostSearch(store.index(), store.connect()));
        } catch (StoreException | java.sql.SQLException e) {
            LOG.warn("search index unavailable ({}); searching by scanning the database", e.getMessage());
            return new SqlTextSearch(store::connect, options.queryTimeout());
        }
    }

    /** Opens {@code options.dataDir()}: for writing when the server has a token, else read-only. */
    public static ServedCorpus open(ServeOptions options) {
        return new ServedCorpus(Store.open(options.dataDir(), options.writable() ? Store.Mode.WRITE : Store.Mode.READ),
                options);
    }

    public ApiQueries queries() {
        return queries;
    }

    public Store store() {
        return store;
    }

    /** Ingests inputs on the server's disk with the standard pipeline, reporting after every input. */
    public Ingester ingester() {
        return (inputs, progress) -> {
            if (store.mode() != Store.Mode.WRITE) {
                throw new IllegalStateException("the server is read-only");
            }
            synchronized (writeLock) {
                AtomicLong posts = new AtomicLong();
                AtomicLong problems = new AtomicLong();
                int[] done = {0};
                String[] last = {null};
                List<String> paths = inputs.stream().map(Path::toString).toList();
                CorpusIngest.Result r = new CorpusIngest(store, Analyzer.standard(AnalyzeOptions.defaults()), Tracer::standard)
                        .run(paths, InputStream.nullInputStream(), p -> {
                            problems.incrementAndGet();
                            last[0] = p.message();
                        }, new CorpusIngest.Listener() {
                            @Override
                            public void post(org.echotrace.model.Post post, CorpusWriter.Outcome outcome) {
                                posts.incrementAndGet();
                            }

                            @Override
                            public void input(CorpusWriter.IngestRecord record) {
                                done[0]++;
                                progress.update(Math.min(done[0], paths.size()), paths.size(), posts.get(),
                                        problems.get(), last[0]);
                            }
                        });
                return r.added() + r.versioned();
            }
        };
    }

    private boolean deleteSource(String source) {
        if (store.mode() != Store.Mode.WRITE) {
            throw new ApiException(403, "read_only", "this server is read-only");
        }
        synchronized (writeLock) {
            return SourceRemoval.remove(store, source);
        }
    }

    @Override
    public void close() {
        queries.close();
        store.close();
    }
}
