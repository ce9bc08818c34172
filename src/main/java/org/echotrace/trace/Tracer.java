package org.echotrace.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.echotrace.kb.AliasKey;
import org.echotrace.model.Post;
import org.echotrace.trace.copies.CopyOptions;
import org.echotrace.trace.copies.MinHashCopyFinder;
import org.echotrace.trace.story.EventStoryFinder;
import org.echotrace.trace.translation.FingerprintTranslationFinder;

/**
 * The trace stage: sees every post of a corpus, finds copies ({@link CopyFinder}), translations
 * ({@link TranslationFinder}) and stories ({@link StoryFinder}) incrementally as posts are added, and on
 * {@link #finish()} groups copies into clusters, picks each cluster's origin (the earliest by
 * {@code published}; among undated or simultaneous posts, the one the others forward or credit) and says
 * how every other copy relates to it: {@code forwarded}, {@code credited}, {@code copied} or
 * {@code translated}. A copy that neither forwards nor credits its origin is flagged uncredited.
 */
public final class Tracer {
    private final CopyFinder copies;
    private final TranslationFinder translations;
    private final StoryFinder stories;
    private final List<TraceItem> items = new ArrayList<>();
    private final List<CopyPair> pairs = new ArrayList<>();

    public Tracer(CopyFinder copies, TranslationFinder translations, StoryFinder stories) {
        this.copies = copies;
        this.translations = translations;
        this.stories = stories;
    }

    /** With the standard finders. */
    public static Tracer standard() {
        return new Tracer(MinHashCopyFinder.standard(), FingerprintTranslationFinder.standard(),
                EventStoryFinder.standard());
    }

    /** With the standard finders, copies found with {@code copies}' thresholds. */
    public static Tracer standard(CopyOptions copies) {
        return new Tracer(new MinHashCopyFinder(copies), FingerprintTranslationFinder.standard(),
                EventStoryFinder.standard());
    }

    /** Adds the next post; returns its index. */
    public int add(Post post) {
        TraceItem item = TraceItems.of(items.size(), post);
        List<CopyPair> found = new ArrayList<>(copies.add(item));
        found.addAll(translations.add(item));
        stories.add(item, found);
        pairs.addAll(found);
        items.add(slim(item));
        return item.index();
    }

    private static TraceItem slim(TraceItem i) {
        return new TraceItem(i.index(), i.postId(), i.source(), i.sourceLabel(), i.published(), i.forwardedFrom(),
                i.credits(), i.language(), null, i.entities(), i.numbers(), i.dates(), i.speakers(), i.hashtags(),
                i.urls());
    }

    public TraceResult finish() {
        int n = items.size();
        UnionFind sets = new UnionFind(n);
        Map<Long, CopyPair> byPair = new HashMap<>();
        for (CopyPair p : pairs) {
            sets.union(p.a(), p.b());
            byPair.merge(key(p.a(), p.b()), p, (x, y) -> x.relation().equals("copied") ? x : y);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        int[] storyOf = stories.stories();
        Map<Integer, String> storyIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int s = i < storyOf.length ? storyOf[i] : i;
            storyIds.putIfAbsent(s, "s:" + items.get(i).postId());
        }
        PostTrace[] out = new PostTrace[n];
        List<Edge> edges = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() == 1) {
                int i = g.get(0);
                out[i] = PostTrace.alone(storyIds.get(i < storyOf.length ? storyOf[i] : i));
                continue;
            }
            int origin = origin(g);
            TraceItem o = items.get(origin);
            String cluster = "c:" + o.postId();
            for (int i : g) {
                String story = storyIds.get(i < storyOf.length ? storyOf[i] : i);
                if (i == origin) {
                    out[i] = new PostTrace(cluster, null, story, null, null, null, false);
                    continue;
                }
                TraceItem c = items.get(i);
                CopyPair direct = byPair.get(key(Math.min(i, origin), Math.max(i, origin)));
                CopyPair any = direct != null ? direct : anyPair(byPair, g, i);
                String relation;
                if (c.forwardedFrom() != null) {
                    relation = "forwarded";
                } else if (credits(c, o)) {
                    relation = "credited";
                } else if (any != null && any.relation().equals("translated")
                        || (c.language() != null && o.language() != null && !c.language().equals(o.language()))) {
                    relation = "translated";
                } else {
                    relation = "copied";
                }
                boolean uncredited = relation.equals("copied") || relation.equals("translated");
                out[i] = new PostTrace(cluster, o.postId(), story, relation,
                        any == null ? null : any.similarity(), any == null ? null : any.coverage(), uncredited);
                Long lag = o.published() == Long.MIN_VALUE || c.published() == Long.MIN_VALUE ? null
                        : c.published() - o.published();
                edges.add(new Edge(o.source(), c.source(), relation, origin, i, lag));
            }
        }
        Map<String, Long> sources = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (TraceItem t : items) {
            sources.merge(t.source(), 1L, Long::sum);
            labels.putIfAbsent(t.source(), t.sourceLabel());
        }
        return new TraceResult(List.of(out), items, edges, sources, labels);
    }

    /** The earliest dated post; among equals, one whose source others forward or credit; then the first added. */
    private int origin(List<Integer> group) {
        int best = -1;
        for (int i : group) {
            if (best < 0 || earlier(items.get(i), items.get(best), group)) {
                best = i;
            }
        }
        return best;
    }

    private boolean earlier(TraceItem a, TraceItem b, List<Integer> group) {
        long pa = a.published() == Long.MIN_VALUE ? Long.MAX_VALUE : a.published();
        long pb = b.published() == Long.MIN_VALUE ? Long.MAX_VALUE : b.published();
        if (pa != pb) {
            return pa < pb;
        }
        return cited(a, group) > cited(b, group);
    }

    /** How many posts of the group forward or credit {@code t}'s source. */
    private int cited(TraceItem t, List<Integer> group) {
        int n = 0;
        for (int i : group) {
            TraceItem c = items.get(i);
            if (c != t && (c.forwardedFrom() != null && same(c.forwardedFrom(), t) || credits(c, t))) {
                n++;
            }
        }
        return n;
    }

    private static boolean credits(TraceItem copy, TraceItem origin) {
        for (String credit : copy.credits()) {
            if (same(credit, origin)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name shown in a forward or credit names the origin's source. */
    private static boolean same(String name, TraceItem origin) {
        String n = fold(name);
        if (n.isEmpty()) {
            return false;
        }
        for (String s : new String[] {origin.source(), origin.sourceLabel()}) {
            String f = fold(s);
            if (!f.isEmpty() && (f.equals(n) || f.contains(n) || n.contains(f))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return s == null ? "" : AliasKey.of(s).replace("@", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static CopyPair anyPair(Map<Long, CopyPair> byPair, List<Integer> group, int i) {
        for (int j : group) {
            CopyPair p = byPair.get(key(Math.min(i, j), Math.max(i, j)));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

}
