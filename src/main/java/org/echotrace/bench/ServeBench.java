package org.echotrace.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import org.echotrace.serve.DashboardServer;
import org.echotrace.serve.ServeOptions;
import org.echotrace.serve.ServedCorpus;
import org.echotrace.store.Store;

/**
 * The server at scale: a synthetic corpus of N posts written straight into the store's tables (texts from
 * {@link SyntheticCorpus}, sources, mentions, hashtags, copy clusters and stories made in SQL, not by the
 * pipeline), the Lucene index built from it by the store, then the API timed over loopback: overview, search
 * (p95 over many queries), a post with its copies, the graph; and a bounded load test (a fixed request rate over
 * search, post and overview for a fixed time, loopback only).
 */
public final class ServeBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final long posts;
    private final long seed;
    private final int rate;
    private final int seconds;
    private final PrintWriter out;

    public ServeBench(long posts, long seed, int rate, int seconds, PrintWriter out) {
        this.posts = posts;
        this.seed = seed;
        this.rate = rate;
        this.seconds = seconds;
        this.out = out;
    }

    public void run() throws Exception {
        Path dir = Files.createTempDirectory("echotrace-serve-bench");
        try {
            long t0 = System.nanoTime();
            try (Store store = Store.open(dir, Store.Mode.WRITE)) {
                fill((DuckDBConnection) store.connection());
                out.printf(Locale.ROOT, "%n%,d synthetic posts written to the store in %.1f s%n", posts, secs(t0));
                out.flush();
                t0 = System.nanoTime();
                store.index();
                out.printf(Locale.ROOT, "Lucene index built from the store in %.1f s%n", secs(t0));
                out.flush();
            }
            ServeOptions o = ServeOptions.defaults(dir).withListen("127.0.0.1", 0);
            try (ServedCorpus corpus = ServedCorpus.open(o);
                 DashboardServer server = DashboardServer.start(o, corpus.queries(), corpus.ingester())) {
                String base = "http://127.0.0.1:" + server.port();
                measure(base);
                if (seconds > 0) {
                    load(base);
                }
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void fill(DuckDBConnection c) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        try (Statement s = c.createStatement()) {
            s.execute("create temp table synth (seq bigint, text varchar)");
        }
        try (DuckDBAppender a = c.createAppender("temp", "main", "synth")) {
            for (long i = 1; i <= posts; i++) {
                a.beginRow().append(i).append(corpus.postText(i)).endRow();
            }
        }
        long sources = 60;
        String[] sql = {
            "insert into ingests values (1, 'synthetic', 'records-jsonl', now(), now(), 'done', " + posts + ", " + posts
                    + ", 0, 0, 0, 0, null)",
            "insert into sources select 'src' || i, 'Synthetic source ' || i, 'records-jsonl', 'src' || i, null, null, "
                    + "null, null, now() from range(" + sources + ") t(i)",
            // sources follow a Zipf-like share: source k gets about 1/(k+1) of the posts
            "insert into posts select s.seq, lpad(printf('%x', s.seq), 16, '0'), 'k' || s.seq, 1, "
                    + "'src' || (floor(pow(" + sources + ", (hash(s.seq) % 10000) / 10000.0)) - 1)::bigint, 'synthetic', "
                    + "'records-jsonl', null, null, null, null, null, null, null, s.seq, null, null, s.text, "
                    + "case when hash(s.seq * 7) % 10 < 6 then 'ru' else 'en' end, null, "
                    + "timestamptz '2024-01-01 00:00:00+00' + to_seconds((hash(s.seq * 3) % (365 * 86400))::bigint), "
                    + "null, null, null, '[]', '[]', '[]', '[]', null, '{}', null, '[]', '[]', '[]', now(), now(), 1 "
                    + "from synth s",
            "update posts set published = strftime(published_at, '%Y-%m-%dT%H:%M:%SZ')",
            "insert into entities select 'e' || i, 'Entity ' || i, case when i % 3 = 0 then 'PERSON' when i % 3 = 1 "
                    + "then 'ORG' else 'PLACE' end, true from range(500) t(i)",
            "insert into mentions select seq, 'e' || (hash(seq * 11 + k) % 500)::bigint, 1.0, 'text', 0, 5, 'x' "
                    + "from posts, range(2) t(k)",
            "insert into hashtags select seq, 'tag' || (hash(seq * 13) % 200)::bigint from posts where hash(seq) % 3 = 0",
            // one post in ten is a copy of an earlier post of its 'cluster' (groups of 10 consecutive posts)
            "insert into traces select seq, case when seq % 100 < 10 then 'c:' || lpad(printf('%x', (seq // 100) * 100 + 1), 16, '0') end, "
                    + "case when seq % 100 between 1 and 9 then lpad(printf('%x', (seq // 100) * 100 + 1), 16, '0') end, "
                    + "'s:' || lpad(printf('%x', (seq // 20) * 20 + 1), 16, '0'), "
                    + "case when seq % 100 between 1 and 9 then ['forwarded','credited','copied','translated'][(1 + hash(seq) % 4)::bigint] end, "
                    + "case when seq % 100 between 1 and 9 then 0.9 end, case when seq % 100 between 1 and 9 then 0.95 end, "
                    + "seq % 100 between 1 and 9 and hash(seq) % 2 = 0 from posts where seq % 100 <> 0 or true",
            "update traces set cluster = 'c:' || lpad(printf('%x', seq), 16, '0') where seq % 100 = 1",
            "insert into copies select t.seq, p.id, o.seq, o.id, t.cluster, p.source, o.source, t.relation, t.similarity, "
                    + "t.coverage, t.uncredited, date_diff('second', o.published_at, p.published_at) from traces t "
                    + "join posts p using (seq) join posts o on o.id = t.duplicate_of where t.duplicate_of is not null",
            "insert into clusters select cluster, min_by(p.id, p.seq), count(*), count(distinct p.source), "
                    + "min(p.published_at), max(p.published_at) from traces t join posts p using (seq) "
                    + "where cluster is not null group by cluster",
            "insert into stories select story, min_by(p.id, p.seq), count(*), count(distinct p.source), "
                    + "min(p.published_at), max(p.published_at) from traces t join posts p using (seq) group by story",
            "drop table synth",
            "checkpoint",
        };
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private void measure(String base) throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> words = words(rnd, 200);
        out.println();
        out.println("API over loopback, one client (ms; the machine is shared, so figures are noisy)");
        out.printf(Locale.ROOT, "%-44s %8s %8s %8s %8s%n", "request", "first", "p50", "p95", "max");
        report("overview (/api/overview)", base, i -> "/api/overview", 30);
        report("search, one word (/api/search?q=)", base, i -> "/api/search?q=" + enc(words.get(i % words.size())), 100);
        report("search, two words", base, i -> "/api/search?q=" + enc(words.get(i % words.size()) + " "
                + words.get((i * 7 + 3) % words.size())), 100);
        report("search, filters only (lang, dates)", base, i -> "/api/search?lang=ru&from=2024-0" + (1 + i % 9)
                + "-01&to=2024-0" + (1 + i % 9) + "-28", 50);
        report("post with copies (/api/posts/{id})", base, i -> "/api/posts/" + String.format(Locale.ROOT, "%016x",
                (rnd.nextLong(posts / 100) * 100) + 1 + rnd.nextInt(9)), 100);
        report("post page (HTML shell)", base, i -> "/posts/0000000000000001", 50);
        report("graph (/api/graph)", base, i -> "/api/graph", 20);
        report("graph, filtered (relation, dates)", base, i -> "/api/graph?relation=copied&from=2024-0" + (1 + i % 9)
                + "-01", 20);
        report("source (/api/sources/{id})", base, i -> "/api/sources/src" + (i % 60), 30);
        report("timeline of a query", base, i -> "/api/timeline?q=" + enc(words.get(i % words.size())), 30);
        out.flush();
    }

    private List<String> words(SplittableRandom rnd, int n) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String[] ws = corpus.postText(rnd.nextLong(posts) + 1).split("[^\\p{L}]+");
            for (String w : ws) {
                if (w.length() >= 6 && out.size() < n) {
                    out.add(w.toLowerCase(Locale.ROOT));
                    break;
                }
            }
        }
        return out;
    }

    private void report(String name, String base, java.util.function.IntFunction<String> path, int n) throws Exception {
        double[] ms = new double[n];
        double first = 0;
        int errors = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path.apply(i)))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                errors++;
            }
            if (i == 0) {
                first = ms[i];
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%-44s %8.1f %8.1f %8.1f %8.1f%s%n", name, first, pct(sorted, 50), pct(sorted, 95),
                sorted[n - 1], errors == 0 ? "" : "  (" + errors + " errors)");
        out.flush();
    }

    /** {@code rate} requests a second for {@code seconds}, a third each search, post and overview; loopback only. */
    private void load(String base) throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed + 1);
        List<String> words = words(rnd, 100);
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong shed = new AtomicLong();
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(64);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long total = (long) rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long t0 = System.nanoTime();
        var task = ticker.scheduleAtFixedRate(() -> {
            long i = sent.getAndIncrement();
            if (i >= total) {
                return;
            }
            String path = switch ((int) (i % 3)) {
                case 0 -> "/api/search?q=" + enc(words.get((int) (i % words.size())));
                case 1 -> "/api/posts/" + String.format(Locale.ROOT, "%016x", (i * 7919) % posts + 1);
                default -> "/api/overview";
            };
            if (!inFlight.tryAcquire()) {
                shed.incrementAndGet(); // 64 requests already waiting: the server is not keeping up
                return;
            }
            long start = System.nanoTime();
            CompletableFuture<?> f = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        inFlight.release();
                        latencies.add((System.nanoTime() - start) / 1e6);
                        if (e != null || r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    });
            synchronized (pending) {
                pending.add(f);
            }
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(100);
        }
        task.cancel(false);
        ticker.shutdown();
        synchronized (pending) {
            CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).exceptionally(e -> null).join();
        }
        double wall = secs(t0);
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.println();
        out.printf(Locale.ROOT, "load: %d requests at %d/s for %d s (search, post, overview in turn), loopback%n",
                total, rate, seconds);
        out.printf(Locale.ROOT, "  done in %.1f s, %d errors, %d not sent (64 already in flight); latency p50 %.1f ms, "
                + "p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", wall, errors.get(), shed.get(), pct(ms, 50), pct(ms, 95),
                pct(ms, 99), ms.length == 0 ? Double.NaN : ms[ms.length - 1]);
        out.flush();
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
