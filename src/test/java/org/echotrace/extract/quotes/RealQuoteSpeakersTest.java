package org.echotrace.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.clean.PostCleaner;
import org.echotrace.extract.Understanding;
import org.echotrace.ingest.Readers;
import org.echotrace.model.Post;
import org.echotrace.model.Quote;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Speaker accuracy on quotes drawn at random from the real Telegram corpus and labelled by hand
 * ({@code extract/quotes-real-labels.tsv}: ids, offsets and expected speakers, no post text). Runs when
 * {@code ../shared/data/telegram-ru-news/raw} is present. Each batch was drawn fresh after the fixes made on the
 * batches before it; the last batch is the honest figure and the floor is pinned on it (the earlier ones then served
 * for tuning: batch 1, seeds 101 and 103; batch 2, seeds 202 and 203, 0.667 when drawn; batch 3, seed 303, 0.526 when drawn; batch 4, seed 404, 0.545
 * when drawn; batch 5, seed 505, 0.808 when drawn;
 * batch 6, seed 606, 0.667 when drawn).
 */
class RealQuoteSpeakersTest {
    static final Path DIR = Path.of("..", "shared", "data", "telegram-ru-news", "raw");
    static final double MIN_SPEAKER_FRESH = 0.60;

    record Label(String file, String item, int start, int end, String expected, int batch) {
    }

    @Test
    void speakersOfRandomRealQuotes() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "real Telegram corpus absent");
        List<Label> labels = labels();
        Map<String, Set<String>> items = new HashMap<>();
        for (Label l : labels) {
            items.computeIfAbsent(l.file(), k -> new HashSet<>()).add(l.item());
        }
        PostCleaner cleaner = PostCleaner.standard();
        Understanding understanding = Understanding.standard();
        Map<String, Post> posts = new HashMap<>();
        for (String file : new TreeSet<>(items.keySet())) {
            Set<String> wanted = items.get(file);
            Analyzer a = new Analyzer(Readers.standard(), p -> wanted.contains(p.source().itemId())
                    ? understanding.apply(cleaner.apply(p)) : p, AnalyzeOptions.defaults());
            a.run(List.of(DIR.resolve(file).toString()), java.io.InputStream.nullInputStream(), p -> {
                if (wanted.contains(p.source().itemId())) {
                    posts.put(file + "/" + p.source().itemId(), p);
                }
            }, problem -> { });
        }
        int last = labels.stream().mapToInt(Label::batch).max().orElse(1);
        int[] n = new int[last + 1];
        int[] ok = new int[last + 1];
        StringBuilder misses = new StringBuilder();
        for (Label l : labels) {
            if (l.expected().equals("x")) {
                continue;
            }
            Post p = posts.get(l.file() + "/" + l.item());
            Quote q = p == null ? null : p.quotes().stream()
                    .filter(x -> x.start() < l.end() && x.end() > l.start()).findFirst().orElse(null);
            boolean right = q != null && matches(l.expected(), q);
            n[l.batch()]++;
            ok[l.batch()] += right ? 1 : 0;
            if (!right) {
                misses.append(String.format(Locale.ROOT, "  batch %d %s/%s@%d want %s got %s%n", l.batch(), l.file(),
                        l.item(), l.start(), l.expected(), q == null ? "no quote" : q.speakerId() != null
                                ? q.speakerId() : q.speaker()));
            }
        }
        for (int b = 1; b <= last; b++) {
            System.out.printf(Locale.ROOT, "real quotes, batch %d: speaker %d/%d = %.3f%n", b, ok[b], n[b],
                    n[b] == 0 ? 0 : ok[b] / (double) n[b]);
        }
        System.out.print(misses);
        if (last > 1 && n[last] > 0) {
            assertThat(ok[last] / (double) n[last]).as("speaker accuracy, fresh batch " + last)
                    .isGreaterThanOrEqualTo(MIN_SPEAKER_FRESH);
        }
    }

    static boolean matches(String expected, Quote q) {
        if (expected.equals("-")) {
            return q.speaker() == null;
        }
        if (expected.startsWith("~")) {
            String want = expected.substring(1).toLowerCase(Locale.ROOT);
            String got = ((q.speaker() == null ? "" : q.speaker()) + " " + (q.speakerId() == null ? "" : q.speakerId()))
                    .toLowerCase(Locale.ROOT).replace('ё', 'е');
            return q.speaker() != null && got.contains(want.replace('ё', 'е'));
        }
        return expected.equals(q.speakerId());
    }

    static List<Label> labels() throws IOException {
        List<Label> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RealQuoteSpeakersTest.class.getResourceAsStream("/extract/quotes-real-labels.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Label(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], Integer.parseInt(f[5])));
            }
        }
        return out;
    }
}
