package org.echotrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Echotrace;
import org.echotrace.model.Post;
import org.echotrace.trace.PostTrace;
import org.echotrace.trace.Tracer;

class IncrementalTracingTest {
    @TempDir
    Path tmp;

    private Path a;
    private Path b;

    private void inputs() throws Exception {
        String[] r = StoreFixtures.RU_EN;
        // each copy's origin in A, the copies in B: B's posts must be matched against the stored A
        a = StoreFixtures.write(tmp, "a.jsonl", r[0], r[2], r[4]);
        b = StoreFixtures.write(tmp, "b.jsonl", r[1], r[3]);
    }

    @Test
    void ingestingAThenBGivesTheSameTracesAsOneRunOverBoth() throws Exception {
        inputs();
        Path stepwise = tmp.resolve("stepwise");
        Path batch = tmp.resolve("batch");
        StoreFixtures.ingest(stepwise, new ArrayList<>(), a);
        StoreFixtures.ingest(stepwise, new ArrayList<>(), b);
        StoreFixtures.ingest(batch, new ArrayList<>(), a, b);
        Map<String, PostTrace> one = traces(stepwise);
        assertThat(one).hasSize(5);
        assertThat(one.values()).filteredOn(t -> t.duplicateOf() != null).hasSize(2);
        assertThat(one).isEqualTo(traces(batch));
        assertThat(rows(stepwise, "select id, origin_id, relation, lag_seconds from copies order by id"))
                .isEqualTo(rows(batch, "select id, origin_id, relation, lag_seconds from copies order by id"))
                .hasSize(2);
        assertThat(rows(stepwise, "select * from clusters order by cluster"))
                .isEqualTo(rows(batch, "select * from clusters order by cluster"));
    }

    @Test
    void storedTracesAreWhatAnalyzeFindsOverTheSameInputs() throws Exception {
        inputs();
        Path data = tmp.resolve("data");
        StoreFixtures.ingest(data, new ArrayList<>(), a);
        StoreFixtures.ingest(data, new ArrayList<>(), b);
        List<Post> posts = Echotrace.analyze(List.of(a.toString(), b.toString()), AnalyzeOptions.defaults(), p -> { });
        Tracer tracer = Tracer.standard();
        posts.forEach(tracer::add);
        List<PostTrace> expected = tracer.finish().posts();
        Map<String, PostTrace> want = new LinkedHashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            want.put(posts.get(i).id(), expected.get(i));
        }
        assertThat(traces(data)).isEqualTo(want);
    }

    static Map<String, PostTrace> traces(Path data) throws Exception {
        Map<String, PostTrace> out = new LinkedHashMap<>();
        try (Store store = Store.open(data, Store.Mode.READ)) {
            for (StoredPost p : store.queries().forEachList()) {
                out.put(p.post().id(), p.trace());
            }
        }
        return out;
    }

    static List<List<Object>> rows(Path data, String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Store store = Store.open(data, Store.Mode.READ);
             var s = store.connection().createStatement(); var rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
