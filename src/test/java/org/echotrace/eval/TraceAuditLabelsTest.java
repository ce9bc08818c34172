package org.echotrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.clean.PostCleaner;
import org.echotrace.ingest.Readers;
import org.junit.jupiter.api.Test;

/**
 * Our labels of what {@code echotrace eval trace-audit ../shared/data/telegram-ru-news/raw --sample 110 --seed 9}
 * reported on the real corpus: one line per judged sample (kind, the two post ids, y or n), no text. Precision is
 * recomputed from them per kind; when the corpus is present, every labelled id must still be one of its posts.
 */
class TraceAuditLabelsTest {
    private static final Path CORPUS = Path.of("../shared/data/telegram-ru-news/raw");
    /**
     * Sample size and precision floor per kind: the floors pin what the labels measured (the issue's targets are
     * 0.95 for copies and origins and 0.90 for stories; all three fall short, see the README).
     */
    private static final Map<String, double[]> FLOORS = Map.of(
            "copy", new double[] {100, 0.90},
            "story", new double[] {50, 0.78},
            "origin", new double[] {50, 0.92});

    record Label(String kind, String a, String b, boolean correct) {
    }

    static List<Label> labels() throws IOException {
        List<Label> out = new ArrayList<>();
        try (InputStream in = TraceAuditLabelsTest.class.getResourceAsStream("/trace/audit/telegram-ru-news.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertThat(f).as(line).hasSize(4);
                assertThat(f[3]).as(line).isIn("y", "n");
                out.add(new Label(f[0], f[1], f[2], f[3].equals("y")));
            }
        }
        return out;
    }

    @Test
    void labelledPrecisionMeetsTheTargets() throws IOException {
        Map<String, int[]> byKind = new LinkedHashMap<>();
        for (Label l : labels()) {
            int[] c = byKind.computeIfAbsent(l.kind(), k -> new int[2]);
            c[1]++;
            if (l.correct()) {
                c[0]++;
            }
        }
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            System.out.printf(Locale.ROOT, "audit %s: precision %.3f (%d of %d)%n", e.getKey(),
                    e.getValue()[0] / (double) e.getValue()[1], e.getValue()[0], e.getValue()[1]);
        }
        for (Map.Entry<String, double[]> t : FLOORS.entrySet()) {
            int[] c = byKind.get(t.getKey());
            assertThat(c).as(t.getKey()).isNotNull();
            assertThat(c[1]).as(t.getKey() + " sample size").isGreaterThanOrEqualTo((int) t.getValue()[0]);
            assertThat(c[0] / (double) c[1]).as(t.getKey() + " precision").isGreaterThanOrEqualTo(t.getValue()[1]);
        }
    }

    @Test
    void everyLabelledIdIsAPostOfTheCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "telegram-ru-news not present");
        PostCleaner cleaner = PostCleaner.standard();
        Set<String> ids = new HashSet<>();
        new Analyzer(Readers.standard(), cleaner, AnalyzeOptions.defaults())
                .run(List.of(CORPUS.toString()), new ByteArrayInputStream(new byte[0]), p -> ids.add(p.id()), p -> { });
        assertThat(ids).hasSizeGreaterThan(20_000);
        for (Label l : labels()) {
            assertThat(ids).as(l.toString()).contains(l.a(), l.b());
        }
    }
}
