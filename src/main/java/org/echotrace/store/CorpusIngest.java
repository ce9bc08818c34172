package org.echotrace.store;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.echotrace.Analyzer;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.echotrace.store.index.PostIndex;
import org.echotrace.trace.Tracer;

/**
 * {@code ingest}: the analyse pipeline with the corpus as its sink. Each input is one transaction
 * ({@link CorpusWriter}): committed whole when it was read to the end, rolled back and logged as failed when its
 * reader gave up part-way, so a crash or a bad input never leaves half an input in the record.
 */
public final class CorpusIngest {
    /** How often the index is committed during a run; on a crash, what it has not committed is re-indexed. */
    private static final long INDEX_COMMIT_NANOS = 10_000_000_000L;

    private final Store store;
    private final Analyzer analyzer;
    private final Supplier<Tracer> tracers;

    /** Ingest with {@code analyzer}'s stages, then trace the corpus with a tracer from {@code tracers}. */
    public CorpusIngest(Store store, Analyzer analyzer, Supplier<Tracer> tracers) {
        this.store = store;
        this.analyzer = analyzer;
        this.tracers = tracers;
    }

    /** Listens to an ingest's progress (for the progress bar); every call comes on the ingesting thread. */
    public interface Listener {
        Listener NONE = new Listener() { };

        default void post(Post post, CorpusWriter.Outcome outcome) {
        }

        default void input(CorpusWriter.IngestRecord record) {
        }

        /** Every input is in; the corpus is being traced. */
        default void tracing() {
        }
    }

    /** What an ingest run did. */
    public record Result(Analyzer.Summary summary, long added, long versioned, long unchanged, long failedInputs,
                         CorpusTracer.Summary traced) {
        /** {@code 340 new, 2 new versions, 12 unchanged; traced: 4 clusters, …}. */
        public String line() {
            return added + " new, " + versioned + " new version" + (versioned == 1 ? "" : "s") + ", " + unchanged
                    + " unchanged" + (traced == null ? "" : "; " + traced.posts() + " posts traced: " + traced.line());
        }
    }

    public Result run(List<String> paths, InputStream stdin, Consumer<Problem> problems, Listener listener) {
        CorpusWriter writer = new CorpusWriter(store);
        PostIndex index = store.index();
        long[] totals = new long[4];
        long[] lastIndexCommit = {System.nanoTime()};
        Analyzer.Summary summary = analyzer.runInputs(paths, stdin, new Analyzer.Sink() {
            private CorpusWriter.Batch batch;

            @Override
            public void begin(String input) {
                batch = writer.begin(input);
            }

            @Override
            public void accept(Post post) {
                CorpusWriter.Outcome o = batch.add(post);
                if (o != CorpusWriter.Outcome.UNCHANGED) {
                    index.put(batch.lastSeq(), post);
                }
                listener.post(post, o);
            }

            @Override
            public void end(String input, Analyzer.InputCounts counts) {
                CorpusWriter.IngestRecord r = counts.aborted()
                        ? batch.rollback(counts.errors(), counts.warnings(), "read failed part-way; nothing kept")
                        : batch.commit("done", counts.errors(), counts.warnings(), null);
                try {
                    if (counts.aborted()) {
                        // take the rolled-back rows out of the index again, and put back the versions they replaced
                        index.deleteFrom(batch.startSeq());
                        for (long seq : batch.versionedSeqs()) {
                            store.queries().forEach("seq = ?", List.of(seq), p -> index.put(p.seq(), p.post()));
                        }
                    }
                    if (System.nanoTime() - lastIndexCommit[0] > INDEX_COMMIT_NANOS) {
                        index.commit(r.ingestId());
                        lastIndexCommit[0] = System.nanoTime();
                    } else {
                        index.refresh();
                    }
                } catch (java.io.IOException | java.sql.SQLException e) {
                    throw new StoreException(store.dir() + ": search index: " + e.getMessage(), e);
                }
                batch = null;
                if (counts.aborted()) {
                    totals[3]++;
                } else {
                    totals[0] += r.added();
                    totals[1] += r.versioned();
                    totals[2] += r.unchanged();
                }
                listener.input(r);
            }
        }, problems);
        CorpusTracer.Summary traced = null;
        try {
            index.commit(store.queries().lastIngest());
            CorpusTracer tracer = new CorpusTracer(store, tracers);
            if (tracer.stale()) {
                listener.tracing();
                traced = tracer.trace();
            }
        } catch (java.sql.SQLException e) {
            throw Store.failure(store.dir(), e);
        } catch (java.io.IOException e) {
            throw new StoreException(store.dir() + ": search index: " + e.getMessage(), e);
        }
        return new Result(summary, totals[0], totals[1], totals[2], totals[3], traced);
    }
}
