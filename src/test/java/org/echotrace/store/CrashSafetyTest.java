package org.echotrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.echotrace.store.index.PostDocuments;

/**
 * Kills an ingesting process ({@code kill -9}) at random points, again and again, re-running it each time, then
 * checks that nothing was lost or duplicated and that the search index agrees with the record.
 */
class CrashSafetyTest {
    private static final int KILLS = 20;
    private static final int FILES = 24;
    private static final int PER_FILE = 40;

    @TempDir
    Path tmp;

    @Test
    void killedIngestsLoseAndDuplicateNothing() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("in"));
        for (int f = 0; f < FILES; f++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < PER_FILE; i++) {
                int id = f * PER_FILE + i;
                sb.append(StoreFixtures.record("chan" + (f % 5), id, "2024-03-0" + (1 + f % 9) + "T10:00:00Z",
                        "Сообщение " + id + ": переговоры о поставках зерна, раунд " + (id % 17) + ". Talks on grain, round "
                                + (id % 17) + "."));
            }
            Files.writeString(inputs.resolve(String.format("f%02d.jsonl", f)), sb, StandardCharsets.UTF_8);
        }
        // ten edited messages of the first file: new versions of items already held
        StringBuilder edits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            edits.append(StoreFixtures.record("chan0", i, "2024-03-01T10:00:00Z", "Исправлено: сообщение " + i));
        }
        Files.writeString(inputs.resolve("z-edits.jsonl"), edits, StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        Random random = new Random(20240305);
        int kills = 0;
        for (int attempt = 0; kills < KILLS && attempt < KILLS * 3; attempt++) {
            Process p = start(data, inputs);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine(); // "open": the store is open, the ingest begins
            assertThat(first).as("child did not open the store").isEqualTo("open");
            Thread.sleep(random.nextInt(400));
            if (p.isAlive()) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushes
                kills++;
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(kills).isGreaterThanOrEqualTo(KILLS);
        Process last = start(data, inputs);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("done");

        int items = FILES * PER_FILE;
        try (Store store = Store.open(data, Store.Mode.READ); Statement s = store.connection().createStatement()) {
            assertThat(value(s, "select count(*) from posts")).isEqualTo(items);
            assertThat(value(s, "select count(distinct item_key) from posts")).isEqualTo(items);
            assertThat(value(s, "select count(*) from post_versions")).isEqualTo(items + 10);
            assertThat(value(s, "select count(*) from posts where version = 2 and text like 'Исправлено%'")).isEqualTo(10);
            assertThat(value(s, "select count(*) from traces")).isEqualTo(items);
            assertThat(value(s, "select count(*) from posts p left join traces t using (seq) where t.seq is null")).isZero();
            Map<Long, String> record = new HashMap<>();
            try (ResultSet rs = s.executeQuery("select seq, id from posts")) {
                while (rs.next()) {
                    record.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<Long, String> indexed = new HashMap<>();
            IndexSearcher searcher = store.index().searchers().acquire();
            try {
                var stored = searcher.storedFields();
                for (int d = 0; d < searcher.getIndexReader().maxDoc(); d++) {
                    if (searcher.getIndexReader().numDeletedDocs() > 0
                            && org.apache.lucene.index.MultiBits.getLiveDocs(searcher.getIndexReader()) != null
                            && !org.apache.lucene.index.MultiBits.getLiveDocs(searcher.getIndexReader()).get(d)) {
                        continue;
                    }
                    Document doc = stored.document(d);
                    String prev = indexed.put(doc.getField(PostDocuments.SEQ).numericValue().longValue(),
                            doc.get(PostDocuments.ID));
                    assertThat(prev).as("one document per post").isNull();
                }
            } finally {
                store.index().searchers().release(searcher);
            }
            assertThat(indexed).isEqualTo(record);
        }
    }

    private static long value(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Process start(Path data, Path inputs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashIngestMain.class.getName(), data.toString(),
                inputs.toString()));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
