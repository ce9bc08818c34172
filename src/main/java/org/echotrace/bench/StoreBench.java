package org.echotrace.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.output.TraceSpool;
import org.echotrace.store.CorpusIngest;
import org.echotrace.store.Store;
import org.echotrace.store.index.PostSearch;
import org.echotrace.trace.Tracer;

/**
 * Measures the corpus path end to end, in process: {@code analyze} (read, clean, understand, trace, write JSON
 * Lines, as the command does it) and {@code ingest} (the same into a new store, traced and indexed), in posts per
 * second on every core, with the peak heap; then search latency (p50/p95 over a fixed list of queries, warm
 * searcher) and facet latency over the ingested corpus. Real posts first when present, then synthetic corpora.
 */
public final class StoreBench {
    /** Queries for the latency figures: single words, phrases, boolean, field queries, in both languages. */
    private static final List<String> QUERIES = List.of("Лавров", "ОБСЕ", "переговоры", "санкции", "\"министр иностранных дел\"",
            "Москва AND переговоры", "dialogue", "sanctions", "OSCE OR ОБСЕ", "title:заявление", "Минск", "Украина",
            "зерно", "security", "\"foreign ministry\"", "Россия NOT США", "дипломатия", "выборы", "Путин", "news");

    private final PrintWriter out;
    private final int threads;

    public StoreBench(PrintWriter out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    /** Runs the bench over the real posts in {@code telegramDir} (when present) and synthetic corpora of {@code sizes}. */
    public void run(Path telegramDir, long[] sizes, long seed) throws Exception {
        Path work = Files.createTempDirectory("echotrace-store-bench");
        try {
            out.printf(Locale.ROOT, "%ncorpus store (end to end on %d worker threads; max heap %d MB)%n", threads,
                    Runtime.getRuntime().maxMemory() >> 20);
            out.printf(Locale.ROOT, "%-26s %-8s %9s %9s %9s %9s%n", "corpus", "step", "posts", "seconds", "posts/s",
                    "heap MB");
            if (Files.isDirectory(telegramDir)) {
                corpus("telegram-ru-news (real)", telegramDir, work.resolve("real"));
            } else {
                out.println("(real posts skipped: " + telegramDir + " not found)");
            }
            SyntheticCorpus corpus = new SyntheticCorpus(seed);
            for (long n : sizes) {
                Path file = work.resolve("synthetic-" + n + ".jsonl");
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    corpus.writeJsonl(n, w);
                }
                corpus("synthetic " + n, file, work.resolve("synthetic-" + n));
                Files.delete(file);
            }
        } finally {
            delete(work);
        }
    }

    private void corpus(String name, Path input, Path data) throws Exception {
        List<String> paths = List.of(input.toString());
        // analyze, as the command runs it: pipeline → tracer + spool → JSON Lines
        resetPeaks();
        long t0 = System.nanoTime();
        long posts;
        Path jsonl = Files.createTempFile("echotrace-bench", ".jsonl");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(jsonl), 1 << 16);
             TraceSpool spool = TraceSpool.createTemp()) {
            Tracer tracer = Tracer.standard();
            Analyzer.Summary s = Analyzer.standard(AnalyzeOptions.defaults(), threads).run(paths,
                    InputStream.nullInputStream(), p -> {
                        tracer.add(p);
                        spool.write(p);
                    }, p -> { });
            spool.replay(tracer.finish().posts(), os);
            posts = s.posts();
        } finally {
            Files.deleteIfExists(jsonl);
        }
        report(name, "analyze", posts, t0);
        resetPeaks();
        t0 = System.nanoTime();
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            CorpusIngest.Result r = new CorpusIngest(store, Analyzer.standard(AnalyzeOptions.defaults(), threads),
                    Tracer::standard).run(paths, InputStream.nullInputStream(), p -> { }, CorpusIngest.Listener.NONE);
            posts = r.added();
        }
        report(name, "ingest", posts, t0);
        t0 = System.nanoTime();
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            new CorpusIngest(store, Analyzer.standard(AnalyzeOptions.defaults(), threads), Tracer::standard)
                    .run(paths, InputStream.nullInputStream(), p -> { }, CorpusIngest.Listener.NONE);
        }
        report(name, "re-ingest", posts, t0);
        try (Store store = Store.open(data, Store.Mode.READ)) {
            PostSearch search = new PostSearch(store.index(), store.connection());
            for (int round = 0; round < 3; round++) { // warm-up: JIT, facet state, OS cache
                for (String q : QUERIES) {
                    search.search(q, PostSearch.Filters.none(), 20, 10, PostSearch.Marks.brackets());
                }
            }
            double[] plain = new double[QUERIES.size() * 5];
            double[] faceted = new double[QUERIES.size() * 5];
            long hits = 0;
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < QUERIES.size(); i++) {
                    long s0 = System.nanoTime();
                    hits += search.search(QUERIES.get(i), PostSearch.Filters.none(), 20, 0,
                            PostSearch.Marks.brackets()).total();
                    plain[round * QUERIES.size() + i] = (System.nanoTime() - s0) / 1e6;
                    s0 = System.nanoTime();
                    search.search(QUERIES.get(i), PostSearch.Filters.none(), 20, 10, PostSearch.Marks.brackets());
                    faceted[round * QUERIES.size() + i] = (System.nanoTime() - s0) / 1e6;
                }
            }
            long s0 = System.nanoTime();
            search.search("*", PostSearch.Filters.none(), 20, 10, PostSearch.Marks.brackets());
            double all = (System.nanoTime() - s0) / 1e6;
            out.printf(Locale.ROOT, "%-26s search: p50 %.1f ms, p95 %.1f ms; with facets p50 %.1f ms, p95 %.1f ms; "
                            + "facets over all posts %.0f ms (%d queries, %.0f hits on average)%n", name,
                    pct(plain, 50), pct(plain, 95), pct(faceted, 50), pct(faceted, 95), all, plain.length,
                    hits / (double) plain.length);
        }
        out.flush();
    }

    private void report(String name, String step, long posts, long t0) {
        double sec = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%-26s %-8s %9d %9.1f %9.0f %9d%n", name, step, posts, sec, posts / sec, peakHeapMb());
        out.flush();
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(s.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }
}
