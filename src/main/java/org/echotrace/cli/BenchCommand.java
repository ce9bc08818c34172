package org.echotrace.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.bench.StoreBench;
import org.echotrace.bench.SyntheticCorpus;
import org.echotrace.clean.PostCleaner;
import org.echotrace.extract.DateExtractor;
import org.echotrace.extract.EntityExtractor;
import org.echotrace.extract.QuoteExtractor;
import org.echotrace.extract.Understanding;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.ingest.Input;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.ingest.Readers;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.trace.copies.CopiesBench;

/**
 * {@code echotrace bench}: measures throughput on one thread (so figures are per core) over a deterministic
 * synthetic corpus, and over the article-extraction benchmark's real pages when they are present.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures parse + clean throughput (posts/s, one thread) on a deterministic synthetic corpus "
                + "of Telegram-sized posts, and HTML article extraction (pages/s, one thread) on synthetic pages "
                + "and on the real pages of the article-extraction benchmark when present."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "10k,100k",
            description = "Corpus sizes in posts, e.g. 10k,100k,1m (default: ${DEFAULT-VALUE}).")
    List<String> sizes;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "1000",
            description = "How many synthetic HTML pages to extract (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--benchmark-dir", paramLabel = "DIR",
            defaultValue = "../shared/data/article-extraction-benchmark",
            description = "The article-extraction benchmark, for real pages (default: ${DEFAULT-VALUE}).")
    Path benchmarkDir;

    @Option(names = "--telegram-dir", paramLabel = "DIR", defaultValue = "../shared/data/telegram-ru-news/raw",
            description = "Real Telegram posts for the understanding figures (default: ${DEFAULT-VALUE}).")
    Path telegramDir;

    @Option(names = "--only", paramLabel = "WHAT",
            description = "Run only 'posts', 'understand', 'html', 'costs' (inputs whose cost must stay linear), "
                    + "'copies', 'store' (analyze and ingest end to end, search and facet latency) or 'serve' (the "
                    + "server over a synthetic store of the largest --sizes, and the load test); the last two are not "
                    + "run by default.")
    String only;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--load-rate", defaultValue = "200", paramLabel = "N",
            description = "serve: requests per second of the load test (default: ${DEFAULT-VALUE}).")
    int loadRate;

    @Option(names = "--load-seconds", defaultValue = "60", paramLabel = "S",
            description = "serve: how long the load test runs, 0 for none (default: ${DEFAULT-VALUE}).")
    int loadSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        int cores = Runtime.getRuntime().availableProcessors();
        boolean wholeCommands = "store".equals(only) || "serve".equals(only);
        out.printf(Locale.ROOT, "echotrace bench — %d cores available, measuring on %s, Java %s%n", cores,
                wholeCommands ? "every core (" + cores + " threads, as users run the commands)" : "1 thread",
                System.getProperty("java.version"));
        if (only == null || only.equals("posts")) {
            benchPosts(corpus, out);
        }
        if (only == null || only.equals("understand")) {
            benchUnderstanding(corpus, out);
        }
        if (only == null || only.equals("html")) {
            benchHtml(corpus, out);
        }
        if (only == null || only.equals("costs")) {
            Path dir = Files.createTempDirectory("echotrace-costs");
            try {
                new org.echotrace.bench.CostsBench(out, dir).run();
            } finally {
                try (Stream<Path> s = Files.list(dir)) {
                    s.forEach(p -> p.toFile().delete());
                }
                Files.deleteIfExists(dir);
            }
        }
        if (only == null || only.equals("copies")) {
            new CopiesBench(seed, sizes.stream().mapToLong(BenchCommand::parseSize).toArray(), out)
                    .run(realTelegramPosts(PostCleaner.standard()));
        }
        if ("store".equals(only)) {
            try {
                new StoreBench(out, Runtime.getRuntime().availableProcessors()).run(telegramDir,
                        sizes.stream().mapToLong(BenchCommand::parseSize).toArray(), seed);
            } catch (Exception e) {
                throw new IllegalStateException("store bench failed: " + e.getMessage(), e);
            }
        }
        if (only != null && only.equals("serve")) {
            long n = sizes.stream().mapToLong(BenchCommand::parseSize).max().orElse(100_000);
            try {
                new org.echotrace.bench.ServeBench(n, seed, loadRate, loadSeconds, out).run();
            } catch (Exception e) {
                throw new IllegalStateException("serve bench failed: " + e.getMessage(), e);
            }
        }
        out.flush();
        return EchotraceCli.OK;
    }

    private void benchPosts(SyntheticCorpus corpus, PrintWriter out) throws IOException {
        Path dir = Files.createTempDirectory("echotrace-bench");
        try {
            Analyzer analyzer = new Analyzer(Readers.standard(), PostCleaner.standard(), AnalyzeOptions.defaults());
            // warm-up: JIT and lazily loaded language models
            Path warm = write(corpus, dir, 20_000);
            run(analyzer, warm);
            Files.delete(warm);
            out.println();
            out.println("parse + clean (records-jsonl → posts; normalise, datelines, credits, repeats, links, "
                    + "language, id)");
            out.printf(Locale.ROOT, "%10s %10s %12s %10s%n", "posts", "MB", "seconds", "posts/s");
            for (String size : sizes) {
                long n = parseSize(size);
                Path file = write(corpus, dir, n);
                double mb = Files.size(file) / 1e6;
                long t0 = System.nanoTime();
                long posts = run(analyzer, file);
                double sec = (System.nanoTime() - t0) / 1e9;
                out.printf(Locale.ROOT, "%10d %10.1f %12.2f %10.0f%n", posts, mb, sec, posts / sec);
                out.flush();
                Files.delete(file);
            }
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                s.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Knowledge-base load (cold, first use in this process), then entities + dates + quotes on posts already
     * cleaned, over synthetic posts and the real Telegram posts of {@code telegram-ru-news} when present.
     */
    private void benchUnderstanding(SyntheticCorpus corpus, PrintWriter out) throws IOException {
        out.println();
        out.println("understanding (entities + dates + quotes on clean posts)");
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.standard();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        Understanding understanding = new Understanding(List.of(new EntityExtractor(kb), new DateExtractor(),
                new QuoteExtractor()));
        double indexMs = (System.nanoTime() - t0) / 1e6;
        out.printf(Locale.ROOT, "knowledge base: %d entities loaded in %.0f ms, matcher built in %.0f ms (cold)%n",
                kb.size(), loadMs, indexMs);
        PostCleaner cleaner = PostCleaner.standard();
        List<Post> synthetic = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            synthetic.add(cleaner.apply(Post.builder(Source.of("bench.jsonl", Format.RECORDS_JSONL))
                    .position(i).published("2024-03-05T10:00:00Z").text(corpus.postText(i)).build()));
        }
        out.printf(Locale.ROOT, "%-28s %8s %10s %10s %10s%n", "posts", "count", "entities", "seconds", "posts/s");
        understand(understanding, synthetic, 2); // warm-up
        reportUnderstanding(out, "synthetic", understanding, synthetic);
        List<Post> real = realTelegramPosts(cleaner);
        if (!real.isEmpty()) {
            understand(understanding, real, 1);
            reportUnderstanding(out, "telegram-ru-news (real)", understanding, real);
        } else {
            out.println("(real posts skipped: " + telegramDir + " not found)");
        }
        out.flush();
    }

    private static long understand(Understanding u, List<Post> posts, int rounds) {
        long entities = 0;
        for (int r = 0; r < rounds; r++) {
            for (Post p : posts) {
                entities += u.apply(p).entities().size();
            }
        }
        return entities;
    }

    private static void reportUnderstanding(PrintWriter out, String name, Understanding u, List<Post> posts) {
        long t0 = System.nanoTime();
        long entities = understand(u, posts, 1);
        double sec = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%-28s %8d %10d %10.2f %10.0f%n", name, posts.size(), entities, sec, posts.size() / sec);
    }

    private List<Post> realTelegramPosts(PostCleaner cleaner) throws IOException {
        List<Post> posts = new ArrayList<>();
        if (!Files.isDirectory(telegramDir)) {
            return posts;
        }
        Analyzer reader = new Analyzer(Readers.standard(), cleaner, AnalyzeOptions.defaults());
        reader.run(List.of(telegramDir.toString()), InputStream.nullInputStream(), posts::add, p -> { });
        return posts;
    }

    private static Path write(SyntheticCorpus corpus, Path dir, long n) throws IOException {
        Path file = dir.resolve("posts-" + n + ".jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            corpus.writeJsonl(n, w);
        }
        return file;
    }

    private static long run(Analyzer analyzer, Path file) {
        long[] count = new long[1];
        analyzer.run(List.of(file.toString()), InputStream.nullInputStream(), p -> count[0]++, p -> { });
        return count[0];
    }

    private void benchHtml(SyntheticCorpus corpus, PrintWriter out) throws IOException {
        PostReader reader = Readers.standard().forFormat(Format.ARTICLE_HTML);
        List<byte[]> synthetic = new ArrayList<>();
        for (int i = 0; i < Math.min(pages, 200); i++) {
            synthetic.add(corpus.articlePage(i).getBytes(StandardCharsets.UTF_8));
        }
        out.println();
        out.println("HTML article extraction (one page → one post, before cleaning)");
        out.printf(Locale.ROOT, "%-28s %8s %10s %10s %10s%n", "pages", "count", "avg KB", "seconds", "pages/s");
        extract(reader, synthetic, Math.min(500, pages)); // warm-up
        report(out, "synthetic", reader, synthetic, pages);
        Path html = benchmarkDir.resolve("html");
        if (Files.isDirectory(html)) {
            List<byte[]> real = new ArrayList<>();
            try (Stream<Path> s = Files.list(html)) {
                for (Path p : s.sorted().toList()) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                        real.add(in.readAllBytes());
                    }
                }
            }
            extract(reader, real, real.size());
            report(out, "article-extraction-benchmark", reader, real, Math.max(real.size() * 5, 500));
        } else {
            out.println("(real pages skipped: " + html + " not found)");
        }
    }

    private static void report(PrintWriter out, String name, PostReader reader, List<byte[]> docs, int count) {
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            bytes += docs.get(i % docs.size()).length;
        }
        long t0 = System.nanoTime();
        extract(reader, docs, count);
        double sec = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%-28s %8d %10.1f %10.2f %10.0f%n", name, count, bytes / 1024.0 / count, sec, count / sec);
        out.flush();
    }

    private static long extract(PostReader reader, List<byte[]> docs, int count) {
        long[] posts = new long[1];
        for (int i = 0; i < count; i++) {
            try {
                Input input = Input.of("page-" + i + ".html", new ByteArrayInputStream(docs.get(i % docs.size())), p -> { });
                reader.read(input, new ReadContext(input.path(), p -> posts[0]++, p -> { }, java.util.Map.of()));
            } catch (IOException e) {
                // a page that fails still costs its time; failures are counted by eval, not here
            }
        }
        return posts[0];
    }

    static long parseSize(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        long mult = 1;
        if (t.endsWith("k")) {
            mult = 1_000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            mult = 1_000_000;
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Long.parseLong(t) * mult;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + s + "' (use e.g. 10k, 100k, 1m)");
        }
    }
}
