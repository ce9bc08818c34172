package org.echotrace.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;

/**
 * Inputs whose cost must grow linearly with their size, measured at doubling sizes so the scaling shows
 * (time per unit stays flat when it is linear): one post of millions of characters with emoji, quotes,
 * names and dates; an HTML page of nested elements; an article copied as one line of text; and a gzip bomb,
 * which must be refused in about the time of reading its compressed bytes. Each runs the whole analyse
 * pipeline on one thread.
 */
public final class CostsBench {
    private static final String SENTENCE = "Министр иностранных дел Сергей Лавров заявил 7 марта: «Мы готовы к переговорам» 🇷🇺. "
            + "Foreign Minister Lavrov said \"the talks will continue in Geneva next week,\" according to TASS 😀. ";

    private final PrintWriter out;
    private final Path dir;

    public CostsBench(PrintWriter out, Path dir) {
        this.out = out;
        this.dir = dir;
    }

    public void run() throws IOException {
        Analyzer analyzer = Analyzer.standard(AnalyzeOptions.defaults());
        analyze(analyzer, post(100_000)); // warm-up: JIT, knowledge base, language models
        out.println();
        out.println("costs that must grow linearly (whole pipeline, one thread; flat time per unit = linear)");
        out.printf(Locale.ROOT, "%-34s %12s %10s %14s%n", "input", "size", "seconds", "µs per unit");
        for (int chars : new int[] {500_000, 1_000_000, 2_000_000, 4_000_000}) {
            time(analyzer, "one post, emoji + quotes + names", post(chars), chars, "chars");
        }
        for (int depth : new int[] {25_000, 50_000, 100_000}) {
            time(analyzer, "nested HTML elements", nested(depth), depth, "elements");
        }
        for (int chars : new int[] {500_000, 1_000_000, 2_000_000}) {
            time(analyzer, "article copied as one line", oneLine(chars), chars, "chars");
        }
        time(analyzer, "gzip bomb (1 GB of zeros)", bomb(), 1L << 30, "bytes");
        out.flush();
    }

    private void time(Analyzer analyzer, String name, Path file, long units, String unit) throws IOException {
        long t0 = System.nanoTime();
        analyze(analyzer, file);
        double sec = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%-34s %12s %10.2f %14.3f%n", name, units + " " + unit, sec, sec * 1e6 / units);
        out.flush();
        Files.delete(file);
    }

    private static long analyze(Analyzer analyzer, Path file) {
        AtomicLong n = new AtomicLong();
        analyzer.run(List.of(file.toString()), InputStream.nullInputStream(), p -> n.incrementAndGet(), p -> { });
        return n.get();
    }

    private Path post(int chars) throws IOException {
        StringBuilder sb = new StringBuilder(chars + 200).append("{\"id\": 1, \"text\": \"");
        while (sb.length() < chars) {
            sb.append(SENTENCE.replace("\"", "\\\""));
        }
        sb.append("\"}\n");
        return Files.writeString(dir.resolve("post-" + chars + ".jsonl"), sb, StandardCharsets.UTF_8);
    }

    private Path nested(int depth) throws IOException {
        String html = "<html><head><title>Глубина</title></head><body>" + "<div>".repeat(depth)
                + "<p>Министр заявил, что переговоры продолжатся.</p></body></html>";
        return Files.writeString(dir.resolve("nested-" + depth + ".html"), html, StandardCharsets.UTF_8);
    }

    private Path oneLine(int chars) throws IOException {
        StringBuilder sb = new StringBuilder(chars + 200).append("Переговоры в Женеве завершились ");
        while (sb.length() < chars) {
            sb.append("Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе. ");
        }
        return Files.writeString(dir.resolve("one-line-" + chars + ".txt"), sb, StandardCharsets.UTF_8);
    }

    private Path bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                gz.write(zeros);
            }
        }
        return Files.write(dir.resolve("bomb.jsonl.gz"), bytes.toByteArray());
    }
}
