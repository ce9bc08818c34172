package org.echotrace.trace.copies;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.echotrace.model.Post;
import org.echotrace.trace.UnionFind;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.trace.CopyPair;

/**
 * The {@code copies} section of {@code echotrace bench}: shingling + signatures + LSH on one thread over
 * planted posts and real posts, then clustering whole planted corpora (sketches on all cores, matching on
 * one thread) with time and peak heap per size.
 */
public final class CopiesBench {
    private static final int BATCH = 16_384;
    private final long seed;
    private final long[] sizes;
    private final PrintWriter out;

    public CopiesBench(long seed, long[] sizes, PrintWriter out) {
        this.seed = seed;
        this.sizes = sizes.clone();
        this.out = out;
    }

    public void run(List<Post> real) {
        CopyOptions options = CopyOptions.defaults();
        PlantedCorpus corpus = new PlantedCorpus(seed, 0.1);
        int n = 100_000;
        List<String> texts = new ArrayList<>(n);
        long chars = 0;
        for (int i = 0; i < n; i++) {
            String t = corpus.post(i).text();
            chars += t.length();
            texts.add(t);
        }
        out.println();
        out.printf(Locale.ROOT, "copies: %d planted posts (mean %d chars), one thread%n", n, chars / n);
        out.printf(Locale.ROOT, "%-44s %10s %10s %10s%n", "stage", "posts", "seconds", "posts/s");
        singleThread(options, texts.subList(0, 20_000), false); // warm-up
        singleThread(options, texts.subList(0, 20_000), true);
        line("shingles + MinHash + anchors (sketch)", n, timeSketch(options, texts));
        line("sketch + LSH (query + add)", n, timeLsh(options, texts));
        line("sketch + LSH + anchors + verification", n, timeFinder(options, texts));
        if (!real.isEmpty()) {
            List<String> realTexts = new ArrayList<>();
            for (Post p : real) {
                realTexts.add(p.title() == null ? p.text() : p.title() + "\n" + p.text());
            }
            timeFinder(options, realTexts);
            line("telegram-ru-news (real): sketch + LSH", realTexts.size(), timeLsh(options, realTexts));
            line("telegram-ru-news (real): full finder", realTexts.size(), timeFinder(options, realTexts));
        }
        texts = null;
        out.println();
        out.printf(Locale.ROOT, "copies: clustering planted corpora (sketch on %d threads, match on 1; max heap %d MB)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%10s %10s %10s %10s %10s %10s %10s %12s %12s%n", "posts", "gen s", "sketch s",
                "match s", "cluster s", "posts/s", "pairs", "clusters", "peak heap MB");
        for (long size : sizes) {
            cluster(options, corpus, (int) size);
        }
        out.flush();
    }

    private void line(String name, int n, double sec) {
        out.printf(Locale.ROOT, "%-44s %10d %10.2f %10.0f%n", name, n, sec, n / sec);
        out.flush();
    }

    private static double singleThread(CopyOptions options, List<String> texts, boolean full) {
        return full ? timeFinder(options, texts) : timeSketch(options, texts);
    }

    private static double timeSketch(CopyOptions options, List<String> texts) {
        Sketcher sketcher = new Sketcher(options);
        long sink = 0;
        long t0 = System.nanoTime();
        for (String t : texts) {
            sink += sketcher.sketch(t).size();
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        return sink < 0 ? -1 : sec;
    }

    private static double timeLsh(CopyOptions options, List<String> texts) {
        Sketcher sketcher = new Sketcher(options);
        LshIndex lsh = new LshIndex(texts.size(), options.bands(), options.maxPostings(), options.maxCandidates());
        long[] sink = new long[1];
        long t0 = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            Sketch s = sketcher.sketch(texts.get(i));
            lsh.candidates(s, id -> sink[0]++);
            lsh.add(i, s);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double timeFinder(CopyOptions options, List<String> texts) {
        MinHashCopyFinder finder = new MinHashCopyFinder(options, texts.size());
        Sketcher sketcher = finder.sketcher();
        long t0 = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            finder.add(i, sketcher.sketch(texts.get(i)));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private void cluster(CopyOptions options, PlantedCorpus corpus, int n) {
        System.gc();
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
                pools.add(p);
            }
        }
        MinHashCopyFinder finder = new MinHashCopyFinder(options, n);
        Sketcher sketcher = finder.sketcher();
        UnionFind sets = new UnionFind(n);
        long pairs = 0;
        double gen = 0;
        double sketch = 0;
        double match = 0;
        for (int start = 0; start < n; start += BATCH) {
            int from = start;
            int count = Math.min(BATCH, n - start);
            long t0 = System.nanoTime();
            String[] texts = new String[count];
            IntStream.range(0, count).parallel().forEach(i -> texts[i] = corpus.post(from + i).text());
            long t1 = System.nanoTime();
            Sketch[] sketches = new Sketch[count];
            IntStream.range(0, count).parallel().forEach(i -> sketches[i] = sketcher.sketch(texts[i]));
            long t2 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                int id = from + i;
                for (CopyPair p : finder.add(id, sketches[i])) {
                    pairs++;
                    sets.union(p.a(), p.b());
                }
            }
            long t3 = System.nanoTime();
            gen += (t1 - t0) / 1e9;
            sketch += (t2 - t1) / 1e9;
            match += (t3 - t2) / 1e9;
        }
        int clusters = 0;
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            size[sets.find(i)]++;
        }
        for (int s : size) {
            if (s > 1) {
                clusters++;
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean p : pools) {
            peak += p.getPeakUsage().getUsed();
        }
        double total = sketch + match;
        out.printf(Locale.ROOT, "%10d %10.2f %10.2f %10.2f %10.2f %10.0f %10d %10d %12d%n", n, gen, sketch, match,
                total, n / total, pairs, clusters, peak >> 20);
        out.printf(Locale.ROOT, "%10s finder holds ~%d MB (shingle sets + indexes), %d candidates verified%n", "",
                finder.bytes() >> 20, finder.verified());
        out.flush();
    }

}
