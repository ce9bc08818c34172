package org.echotrace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.echotrace.model.Problem;

class CorpusIngestTest {
    @TempDir
    Path tmp;

    @Test
    void ingestingTheSameInputTwiceAddsNothing() throws Exception {
        Path in = StoreFixtures.write(tmp, "a.jsonl", StoreFixtures.RU_EN);
        Path data = tmp.resolve("data");
        List<Problem> problems = new ArrayList<>();
        CorpusIngest.Result first = StoreFixtures.ingest(data, problems, in);
        assertThat(first.added()).isEqualTo(5);
        CorpusIngest.Result second = StoreFixtures.ingest(data, problems, in);
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(problems).isEmpty();
        assertThat(StoreFixtures.count(data, "select count(*) from posts")).isEqualTo(5);
        assertThat(StoreFixtures.count(data, "select count(*) from post_versions")).isEqualTo(5);
        assertThat(StoreFixtures.count(data, "select count(*) from ingests where status = 'done'")).isEqualTo(2);
        assertThat(StoreFixtures.count(data, "select count(*) from hashtags")).isEqualTo(2);
        assertThat(StoreFixtures.count(data, "select max(version) from schema_migrations")).isEqualTo(1);
    }

    @Test
    void changedTextOfTheSameItemIsANewVersionNotADuplicate() throws Exception {
        Path data = tmp.resolve("data");
        Path v1 = StoreFixtures.write(tmp, "v1.jsonl", StoreFixtures.record("mid_russia", 5, "2024-03-04T10:00:00Z",
                "Заявление МИД о переговорах в Женеве."));
        Files.createDirectories(tmp.resolve("later"));
        Path v2 = StoreFixtures.write(tmp.resolve("later"), "v1.jsonl", StoreFixtures.record("mid_russia", 5,
                "2024-03-04T10:00:00Z", "Заявление МИД о переговорах в Женеве (обновлено)."));
        List<Problem> problems = new ArrayList<>();
        StoreFixtures.ingest(data, problems, v1);
        CorpusIngest.Result r = StoreFixtures.ingest(data, problems, v2);
        assertThat(r.versioned()).isEqualTo(1);
        try (Store store = Store.open(data, Store.Mode.READ)) {
            assertThat(store.queries().postCount()).isEqualTo(1);
            StoredPost p = store.queries().forEachList().get(0);
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.post().text()).contains("обновлено");
            List<CorpusQueries.Version> history = store.queries().versions(p.seq());
            assertThat(history).extracting(CorpusQueries.Version::changed).containsExactly("new", "text");
            // the first version's id still finds the post
            assertThat(store.queries().post(history.get(0).id())).get().extracting(StoredPost::seq).isEqualTo(p.seq());
        }
        // an older export read again changes nothing: its text is in the history, the newer one stays current
        CorpusIngest.Result again = StoreFixtures.ingest(data, problems, v1, v2);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(StoreFixtures.count(data, "select count(*) from posts")).isEqualTo(1);
        assertThat(StoreFixtures.count(data, "select max(version) from post_versions")).isEqualTo(2);
        assertThat(StoreFixtures.count(data, "select count(*) from posts where text like '%обновлено%'")).isEqualTo(1);
    }

    @Test
    void everyFieldOfThePostComesBackFromTheStore() throws Exception {
        Path data = tmp.resolve("data");
        Path in = StoreFixtures.write(tmp, "a.jsonl", StoreFixtures.RU_EN);
        StoreFixtures.ingest(data, new ArrayList<>(), in);
        List<org.echotrace.model.Post> analysed = org.echotrace.Echotrace.analyze(List.of(in.toString()),
                org.echotrace.AnalyzeOptions.defaults(), p -> { });
        try (Store store = Store.open(data, Store.Mode.READ)) {
            assertThat(store.queries().forEachList()).extracting(StoredPost::post).containsExactlyElementsOf(analysed);
        }
    }

    @Test
    void anInputWhoseReaderGivesUpIsRolledBackAndTheRestGoesOn() throws Exception {
        Path good = StoreFixtures.write(tmp, "good.jsonl", StoreFixtures.record("other", 1, "2024-03-01T10:00:00Z",
                "A post of another channel."), StoreFixtures.record("other", 2, "2024-03-01T11:00:00Z",
                "Another post of that channel."));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            // enough distinct records that the reader gets well into the input before the data runs out
            java.util.Random random = new java.util.Random(7);
            for (int i = 0; i < 3000; i++) {
                gz.write(StoreFixtures.record("cut", i, "2024-03-01T10:00:00Z", "Сообщение номер " + i + " "
                        + Long.toHexString(random.nextLong()) + " " + Long.toHexString(random.nextLong()))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        byte[] all = bytes.toByteArray();
        Path truncated = tmp.resolve("cut.jsonl.gz");
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length * 2 / 3));
        Path data = tmp.resolve("data");
        List<Problem> problems = new ArrayList<>();
        CorpusIngest.Result r = StoreFixtures.ingest(data, problems, truncated, good);
        assertThat(problems).as(problems.toString()).anySatisfy(p -> assertThat(p.input()).endsWith("cut.jsonl.gz"));
        assertThat(StoreFixtures.count(data, "select count(*) from posts")).isEqualTo(2);
        assertThat(StoreFixtures.count(data, "select count(*) from ingests where status = 'failed'")).isEqualTo(1);
        assertThat(StoreFixtures.count(data, "select count(*) from posts where path like '%cut%'")).isZero();
        assertThat(r.summary().failedInputs()).isEqualTo(1);
    }

    @Test
    void aSecondWriterIsRefusedWithOneLineNamingTheHolder() {
        Path data = tmp.resolve("data");
        try (Store first = Store.open(data, Store.Mode.WRITE)) {
            assertThatThrownBy(() -> Store.open(data, Store.Mode.WRITE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(data.toString())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
        }
        Store.open(data, Store.Mode.WRITE).close(); // released with the first
    }

    @Test
    void readingAMissingCorpusSaysSo() {
        assertThatThrownBy(() -> Store.open(tmp.resolve("none"), Store.Mode.READ))
                .isInstanceOf(StoreException.class).hasMessageContaining("no corpus");
    }
}
