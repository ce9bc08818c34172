package org.echotrace.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import org.echotrace.trace.Edge;
import org.echotrace.trace.PostTrace;
import org.echotrace.trace.TraceResult;
import org.echotrace.trace.Tracer;

/**
 * Traces the stored corpus: every current post, in {@code seq} (ingest) order, through a fresh {@link Tracer},
 * and replaces {@code traces}, {@code copies}, {@code clusters} and {@code stories} in one transaction.
 *
 * <p>Because the tracer sees the stored posts in the order they were first ingested, ingesting A and then B
 * gives the same traces as ingesting A and B in one run: new posts are matched against everything already
 * stored, and clusters, origins and stories that the new posts join or merge are updated. The cost is one pass
 * over the stored posts per ingest run (only the fields tracing needs are read); the meta key
 * {@code traced_ingest} records the last ingest the traces cover, so a run that added nothing, or a crash
 * between the ingest and its tracing, is handled on the next run.
 */
public final class CorpusTracer {
    private final Store store;
    private final Supplier<Tracer> tracers;

    public CorpusTracer(Store store, Supplier<Tracer> tracers) {
        if (store.mode() != Store.Mode.WRITE) {
            throw new IllegalArgumentException("store must be open for writing, was " + store.mode());
        }
        this.store = store;
        this.tracers = tracers;
    }

    /** Whether posts came in since the traces were last written. */
    public boolean stale() throws SQLException {
        return lastIngestWithPosts() > tracedIngest();
    }

    private long lastIngestWithPosts() throws SQLException {
        return new CorpusQueries(store.connection()).longValue("select coalesce(max(ingest_id), 0) from posts");
    }

    private long tracedIngest() throws SQLException {
        try (Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("select value from meta where key = 'traced_ingest'")) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        }
    }

    /** What a trace run found. */
    public record Summary(long posts, long clusters, long copies, long uncredited, long stories) {
        /** {@code 2 clusters, 5 copies (3 uncredited), 4 stories}. */
        public String line() {
            return clusters + " cluster" + (clusters == 1 ? "" : "s") + ", " + copies + " cop"
                    + (copies == 1 ? "y" : "ies") + " (" + uncredited + " uncredited), " + stories + " stor"
                    + (stories == 1 ? "y" : "ies");
        }
    }

    /** Re-traces the corpus and replaces the trace tables. */
    public Summary trace() throws SQLException {
        DuckDBConnection c = (DuckDBConnection) store.connection();
        long covered = lastIngestWithPosts();
        Tracer tracer = tracers.get();
        long n = new CorpusQueries(c).postCount();
        long[] seqs = new long[(int) n];
        int[] next = {0};
        new CorpusQueries(c).forEach(p -> {
            if (next[0] == seqs.length) {
                throw new IllegalStateException("posts changed while tracing");
            }
            seqs[next[0]++] = p.seq();
            tracer.add(p.post());
        });
        TraceResult result = tracer.finish();
        List<PostTrace> traces = result.posts();
        try (Statement s = c.createStatement()) {
            s.execute("begin transaction");
            for (String t : new String[] {"traces", "copies", "clusters", "stories"}) {
                s.execute("delete from " + t);
            }
        }
        long copies = 0;
        long uncredited = 0;
        try {
            try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "traces")) {
                for (int i = 0; i < traces.size(); i++) {
                    PostTrace t = traces.get(i);
                    a.beginRow().append(seqs[i]).append(t.cluster()).append(t.duplicateOf()).append(t.story())
                            .append(t.relation()).append(t.similarity()).append(t.coverage()).append(t.uncredited())
                            .append(t.order()).endRow();
                    if (t.duplicateOf() != null) {
                        copies++;
                        if (t.uncredited()) {
                            uncredited++;
                        }
                    }
                }
            }
            try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "copies")) {
                for (Edge e : result.edges()) {
                    PostTrace t = traces.get(e.copyIndex());
                    a.beginRow().append(seqs[e.copyIndex()]).append(result.items().get(e.copyIndex()).postId())
                            .append(seqs[e.originIndex()]).append(result.items().get(e.originIndex()).postId())
                            .append(t.cluster()).append(e.to()).append(e.from()).append(e.relation())
                            .append(t.similarity()).append(t.coverage()).append(t.uncredited()).append(e.lagSeconds())
                            .endRow();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("insert into clusters select t.cluster, substr(t.cluster, 3), count(*), count(distinct p.source), "
                        + "min(p.published_at), max(p.published_at) from traces t join posts p using (seq) "
                        + "where t.cluster is not null group by t.cluster");
                s.execute("insert into stories select t.story, substr(t.story, 3), count(*), count(distinct p.source), "
                        + "min(p.published_at), max(p.published_at) from traces t join posts p using (seq) "
                        + "group by t.story");
                s.execute("insert or replace into meta values ('traced_ingest', '" + covered + "')");
                s.execute("commit");
            }
        } catch (SQLException | RuntimeException e) {
            try (Statement s = c.createStatement()) {
                s.execute("rollback");
            }
            throw e;
        }
        CorpusQueries q = new CorpusQueries(c);
        return new Summary(traces.size(), q.longValue("select count(*) from clusters"), copies, uncredited,
                q.longValue("select count(*) from stories"));
    }
}
