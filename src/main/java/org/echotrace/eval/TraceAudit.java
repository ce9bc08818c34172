package org.echotrace.eval;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.echotrace.model.Post;
import org.echotrace.trace.PostTrace;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.TraceResult;

/**
 * Draws random samples of what tracing reported on a corpus, for a person to judge: copy pairs (a copy and its
 * origin), translations, same-story pairs (two posts of one story that are not copies), and origin choices (a
 * cluster's origin and another member: is the origin really the first?). Each sample prints both posts side by
 * side with their ids, sources, times and languages, and a line to label ({@code verdict: y/n}). The same
 * corpus, sample size and seed give the same samples, so labels stay attached to what they judged.
 *
 * <p>Keeps the first {@link #CHARS} characters of every post's text: an audit tool for a corpus that fits in
 * memory, not a pipeline stage.
 */
public final class TraceAudit {
    /** Characters of each post's text kept and shown. */
    public static final int CHARS = 400;

    private final List<String> ids = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    /** Remembers a post (call in the order posts are given to the tracer). */
    public void add(Post post) {
        String t = post.title() == null ? post.text() : post.title() + "\n" + post.text();
        ids.add(post.id());
        texts.add(t == null ? "" : t.length() > CHARS ? t.substring(0, CHARS) + "…" : t);
    }

    /** One sample: its kind and the two posts' indexes. */
    public record Sample(String kind, int a, int b) {
    }

    /** {@code n} samples of each kind, drawn with {@code seed}. */
    public static Map<String, List<Sample>> draw(TraceResult result, int n, long seed) {
        List<PostTrace> posts = result.posts();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            index.put(result.items().get(i).postId(), i);
        }
        List<Sample> copies = new ArrayList<>();
        List<Sample> translations = new ArrayList<>();
        Map<String, List<Integer>> byStory = new HashMap<>();
        Map<String, List<Integer>> byCluster = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            PostTrace t = posts.get(i);
            if (t.duplicateOf() != null) {
                Sample s = new Sample(t.relation(), index.get(t.duplicateOf()), i);
                (t.relation().equals("translated") ? translations : copies).add(s);
            }
            byStory.computeIfAbsent(t.story(), k -> new ArrayList<>()).add(i);
            if (t.cluster() != null) {
                byCluster.computeIfAbsent(t.cluster(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Sample> stories = new ArrayList<>();
        for (List<Integer> members : byStory.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size() && stories.size() < 2_000_000; y++) {
                    int a = members.get(x);
                    int b = members.get(y);
                    PostTrace ta = posts.get(a);
                    PostTrace tb = posts.get(b);
                    if (ta.cluster() == null || !ta.cluster().equals(tb.cluster())) {
                        stories.add(new Sample("same story", a, b));
                    }
                }
            }
        }
        List<Sample> origins = new ArrayList<>();
        for (List<Integer> members : byCluster.values()) {
            int origin = -1;
            for (int m : members) {
                if (posts.get(m).duplicateOf() == null) {
                    origin = m;
                }
            }
            for (int m : members) {
                PostTrace t = posts.get(m);
                if (m != origin && !"self".equals(t.relation())) {
                    origins.add(new Sample("origin (" + t.order() + ")", origin, m));
                }
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, List<Sample>> out = new java.util.LinkedHashMap<>();
        out.put("copy", pick(copies, n, rnd));
        out.put("translation", pick(translations, n, rnd));
        out.put("story", pick(stories, n, rnd));
        out.put("origin", pick(origins, n, rnd));
        return out;
    }

    private static List<Sample> pick(List<Sample> all, int n, SplittableRandom rnd) {
        List<Sample> copy = new ArrayList<>(all);
        copy.sort((x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        for (int i = 0; i < Math.min(n, copy.size()); i++) {
            int j = i + rnd.nextInt(copy.size() - i);
            Sample t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy.subList(0, Math.min(n, copy.size()));
    }

    /** Prints the samples side by side, each with a line to label. */
    public void print(TraceResult result, Map<String, List<Sample>> samples, Map<String, Integer> totals,
                      PrintWriter out) {
        for (Map.Entry<String, List<Sample>> e : samples.entrySet()) {
            out.println("== " + e.getKey() + ": " + e.getValue().size() + " of " + totals.getOrDefault(e.getKey(), 0)
                    + " reported");
            int k = 0;
            for (Sample s : e.getValue()) {
                k++;
                PostTrace tb = result.posts().get(s.b());
                out.println(String.format(Locale.ROOT, "-- %s %d  %s %s  %s  sim %s cov %s", e.getKey(), k,
                        ids.get(s.a()), ids.get(s.b()), s.kind(), score(tb.similarity()), score(tb.coverage())));
                side(out, "A", result.items().get(s.a()), texts.get(s.a()));
                side(out, "B", result.items().get(s.b()), texts.get(s.b()));
                out.println("   verdict: ");
            }
        }
        out.flush();
    }

    /** Reported counts per sample kind. */
    public static Map<String, Integer> totals(TraceResult result) {
        Map<String, List<Sample>> all = draw(result, Integer.MAX_VALUE, 0);
        Map<String, Integer> out = new HashMap<>();
        all.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    private static void side(PrintWriter out, String label, TraceItem t, String text) {
        String when = t.published() == Long.MIN_VALUE ? "undated" : Instant.ofEpochSecond(t.published()).toString()
                + (t.latest() > t.earliest() ? " (±)" : "");
        out.println("   " + label + " [" + t.sourceLabel() + " | " + when + " | " + t.language() + "] "
                + text.replace('\n', ' '));
    }

    private static String score(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }
}
